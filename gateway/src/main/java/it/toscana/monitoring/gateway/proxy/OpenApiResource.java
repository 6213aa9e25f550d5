package it.toscana.monitoring.gateway.proxy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.rest.PublicUrls;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/openapi")
@Tag(name = "Administration")
public class OpenApiResource {

    @Inject
    HttpClient client;

    @Inject
    ServiceCatalog catalog;

    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenApiDocument", summary = "One OpenAPI document for the whole public API (gateway and routed services)",
            description = "Generate one client from it. A service that does not answer is left out until it does; "
                    + "the gateway's own document alone is at /q/openapi.")
    @APIResponse(responseCode = "200", description = "The merged OpenAPI document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "An OpenAPI 3.1 document")))
    @APIResponse(responseCode = "503", description = "The gateway's own document could not be read")
    public JsonNode merged(@Context UriInfo uri) {
        List<ServiceCatalog.ServiceApi> services = catalog.all();
        return OpenApiMerger.merge(json, own(uri), services, PublicUrls.base());
    }

    /** The gateway's own document, as SmallRye OpenAPI serves it (proxy operations hidden). */
    private JsonNode own(UriInfo uri) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri.getBaseUri().resolve("/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return json.readTree(response.body());
        } catch (IOException e) {
            throw ProblemException.of(ProblemType.UNAVAILABLE, "The gateway's OpenAPI document is not readable.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.of(ProblemType.UNAVAILABLE, "The request was interrupted.");
        }
    }
}
