package it.toscana.monitoring.territory.rest;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.territory.domain.Community;
import it.toscana.monitoring.territory.mapping.CommunityMapper;
import it.toscana.monitoring.territory.service.CommunityService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/communities")
@Tag(name = "Communities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommunityResource {

    @Inject
    CommunityService communities;

    @POST
    @Operation(summary = "Register a community (Comunità Montana or Unione di Comuni)")
    @APIResponse(responseCode = "201", description = "Created; Location names the new community")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json naming each)")
    @APIResponse(responseCode = "409", description = "A community with this code exists")
    public Response create(@Valid @NotNull CommunityRequest request) {
        Community community = communities.create(request);
        return Response.created(URI.create("/api/v1/communities/" + community.code))
                .tag(etag(community))
                .entity(CommunityMapper.toResponse(community))
                .build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One community by its code")
    @APIResponse(responseCode = "200", description = "The community")
    @APIResponse(responseCode = "404", description = "No community has this code")
    public Response get(@PathParam("code") String code) {
        Community community = communities.get(code);
        return Response.ok(CommunityMapper.toResponse(community)).tag(etag(community)).build();
    }

    private static EntityTag etag(Community community) {
        return new EntityTag(Long.toString(community.version));
    }
}
