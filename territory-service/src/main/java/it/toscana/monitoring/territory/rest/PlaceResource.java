package it.toscana.monitoring.territory.rest;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.events.territory.PlaceState.PlaceKind;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.Codes;
import it.toscana.monitoring.platform.rest.IdempotentRequests;
import it.toscana.monitoring.platform.rest.MergePatch;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.QueryValues;
import it.toscana.monitoring.platform.rest.Responses;
import it.toscana.monitoring.territory.api.PlaceRequest;
import it.toscana.monitoring.territory.api.PlaceResponse;
import it.toscana.monitoring.territory.domain.Place;
import it.toscana.monitoring.territory.mapping.PlaceMapper;
import it.toscana.monitoring.territory.service.PlaceService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path(PlaceResource.PATH)
@Tag(name = "Places")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlaceResource {

    static final String PATH = "/api/v1/places";

    @Inject
    PlaceService places;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    MergePatch mergePatch;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Responses.CSV })
    @Operation(operationId = "listPlaces", summary = "List places, filtered by kind, municipality and name (contains); JSON or CSV")
    @APIResponse(responseCode = "200", description = "One page of places; Link headers name the next and previous pages",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceResponse.class)),
                        @Content(mediaType = Responses.CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(@QueryParam("kind") @Parameter(schema = @Schema(implementation = PlaceKind.class)) String kind,
            @QueryParam("istatCode") String istatCode,
            @QueryParam("name") String name, @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return places.list(QueryValues.enumValue("kind", kind, PlaceKind.class),
                QueryValues.code("istatCode", istatCode, Codes.ISTAT, Codes.ISTAT_MESSAGE), name, page)
                .map(PlaceMapper::toResponse)
                .toResponse(uri);
    }

    @POST
    @Operation(operationId = "createPlace", summary = "Register a place (hospital, school, library, youth centre, judicial office, town hall…); honours Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Created; Location names the new place, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown municipality (the field is named)")
    public Response create(@Valid @NotNull PlaceRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, Responses.operation("POST", uri), request, () -> {
            Place place = places.create(request);
            return Responses.created(URI.create(PATH + "/" + place.id), PlaceMapper.toResponse(place));
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlace", summary = "One place by id")
    @APIResponse(responseCode = "200", description = "The place, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceResponse.class)))
    @APIResponse(responseCode = "404", description = "No place has this id")
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(PlaceMapper.toResponse(places.get(id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replacePlace", summary = "Replace a place")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown place or municipality")
    public Response replace(@PathParam("id") UUID id, @Valid @NotNull PlaceRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(PlaceMapper.toResponse(places.replace(id, request, ifMatch)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updatePlace", summary = "Change some fields of a place (JSON merge patch, RFC 7396)")
    @APIResponse(responseCode = "200", description = "The patched place",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceResponse.class)))
    @APIResponse(responseCode = "400", description = "The patched place would be invalid")
    @APIResponse(responseCode = "404", description = "Unknown place or municipality")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        PlaceRequest patched = mergePatch.apply(PlaceMapper.toRequest(places.get(id)), patch,
                PlaceRequest.class);
        return Responses.ok(PlaceMapper.toResponse(places.replace(id, patched, ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deletePlace", summary = "Delete a place")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No place has this id")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        places.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
