package it.toscana.monitoring.deployment.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.deployment.domain.VoipInstallation;
import it.toscana.monitoring.deployment.mapping.VoipInstallationMapping;
import it.toscana.monitoring.deployment.service.FactKinds;
import it.toscana.monitoring.platform.rest.IdempotentRequests;
import it.toscana.monitoring.platform.rest.MergePatch;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/voip-installations")
@Tag(name = "Other rollout facts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoipInstallationResource {

    @Inject
    FactEndpoints endpoints;

    @Context
    UriInfo uri;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(summary = "List VoIP installations, filtered by community, municipality and status (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "One page, with Link headers to the next and previous pages")
    @APIResponse(responseCode = "400", description = "Invalid filter, page or sort (problem+json)")
    public Response list(@BeanParam @Valid FilterParams filter, @BeanParam @Valid PageParams page) {
        return endpoints.list(FactKinds.VOIP, VoipInstallationResource::view, filter.toFilter(), page, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One VoIP installation")
    @APIResponse(responseCode = "200", description = "The VoIP installation, with its ETag")
    @APIResponse(responseCode = "404", description = "No VoIP installation has this id")
    public Response get(@PathParam("id") String id) {
        return endpoints.get(FactKinds.VOIP, id, VoipInstallationResource::view);
    }

    @POST
    @Operation(summary = "Record a VoIP installation and publish it")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json naming each)")
    @APIResponse(responseCode = "422", description = "Unknown community or municipality, or Idempotency-Key reused with another body")
    public Response create(@Valid @NotNull VoipInstallationRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return endpoints.create(FactKinds.VOIP, request, idempotencyKey, uri, VoipInstallationResource::view);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a VoIP installation")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json naming each)")
    @APIResponse(responseCode = "404", description = "No VoIP installation has this id")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "Unknown community or municipality")
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VoipInstallationRequest request) {
        return endpoints.replace(FactKinds.VOIP, id, ifMatch, request, VoipInstallationResource::view);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a VoIP installation (JSON merge patch)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "The result has invalid fields (problem+json naming each)")
    @APIResponse(responseCode = "404", description = "No VoIP installation has this id")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "Unknown community or municipality")
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        return endpoints.patch(FactKinds.VOIP, id, ifMatch, patch, VoipInstallationMapping::toRequest, VoipInstallationRequest.class,
                VoipInstallationResource::view);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a VoIP installation; its deleted event carries the last state")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No VoIP installation has this id")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return endpoints.delete(FactKinds.VOIP, id, ifMatch);
    }

    private static FactResponse<VoipInstallationRequest> view(VoipInstallation fact) {
        return FactResponse.of(fact, VoipInstallationMapping.toRequest(fact));
    }
}
