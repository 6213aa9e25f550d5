package it.toscana.monitoring.gateway.asyncapi;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/asyncapi")
@Tag(name = "Administration")
public class AsyncApiResource {

    // The contract is compiled in: built once.
    private static final ObjectNode DOCUMENT = AsyncApiDocument.build();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAsyncApiDocument", summary = "The AsyncAPI 3.0 document of the event topics",
            description = "The three topics (territory.events, funding.events, deployment.events): key, CloudEvents envelope, "
                    + "every event type with its payload schema and version, and the topics' compaction and retention.")
    @APIResponse(responseCode = "200", description = "The AsyncAPI document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "An AsyncAPI 3.0 document")))
    public ObjectNode document() {
        return DOCUMENT;
    }
}
