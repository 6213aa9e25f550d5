package it.toscana.monitoring.deployment.rest;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.deployment.api.FactResponse;
import it.toscana.monitoring.deployment.domain.RolloutFact;
import it.toscana.monitoring.deployment.service.FactKind;
import it.toscana.monitoring.platform.rest.IdempotentRequests;
import it.toscana.monitoring.platform.rest.MergePatch;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.Responses;
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

/**
 * The collection every plain rollout fact is served as (list, get, POST, PUT, merge patch,
 * DELETE by id). A subclass names its {@code @Path}, {@code @Tag}, kind, response type {@code R} and
 * {@link FactNames}; the {@code {one}}/{@code {many}} in the texts below are its names. The methods
 * answering one fact declare {@code RestResponse<R>}, so the OpenAPI scanner documents each subclass's
 * bodies as its own {@code R}; {@link FactNamesFilter} fills in the names, and types the list (a page of
 * R) and the POST's 201 from them.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class FactResource<E extends RolloutFact, Q, R extends FactResponse<Q>> {

    private final FactKind<E, Q> kind;
    private final Function<E, Q> toRequest;
    private final Class<Q> requestType;
    private final BiFunction<E, Q, R> response;

    @Inject
    FactEndpoints endpoints;

    @Context
    UriInfo uri;

    protected FactResource(FactKind<E, Q> kind, Function<E, Q> toRequest, Class<Q> requestType,
            BiFunction<E, Q, R> response) {
        this.kind = kind;
        this.toRequest = toRequest;
        this.requestType = requestType;
        this.response = response;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Responses.CSV })
    @Operation(summary = "List {many}, filtered by community, municipality and status (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "One page, with Link headers to the next and previous pages")
    public Response list(@BeanParam @Valid FilterParams filter, @BeanParam @Valid PageParams page) {
        return endpoints.list(kind, this::view, filter.toFilter(ownFiltersAsked()), page, uri);
    }

    /** The kind's own filters in the query; a subclass documents them on its {@code list}. */
    private Map<String, String> ownFiltersAsked() {
        Map<String, String> asked = new HashMap<>();
        for (String field : kind.filters().keySet()) {
            String value = uri.getQueryParameters().getFirst(field);
            if (value != null) {
                asked.put(field, value);
            }
        }
        return asked;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One {one}")
    @APIResponse(responseCode = "200", description = "The {one}, with its ETag")
    @APIResponse(responseCode = "404", description = "No {one} has this id")
    public RestResponse<R> get(@PathParam("id") String id) {
        return Responses.typed(endpoints.get(kind, id, this::view));
    }

    @POST
    @Operation(summary = "Record a {one} and publish it")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "422", description = "Unknown community or municipality, or Idempotency-Key reused with another body")
    public RestResponse<R> create(@Valid @NotNull Q request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return Responses.typed(endpoints.create(kind, request, idempotencyKey, uri, this::view));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a {one}")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "404", description = "No {one} has this id")
    @APIResponse(responseCode = "422", description = "Unknown community or municipality")
    public RestResponse<R> replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Q request) {
        return Responses.typed(endpoints.replace(kind, id, ifMatch, request, this::view));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a {one} (JSON merge patch)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "The result has invalid fields (problem+json naming each)")
    @APIResponse(responseCode = "404", description = "No {one} has this id")
    @APIResponse(responseCode = "422", description = "Unknown community or municipality")
    public RestResponse<R> patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) throws JsonProcessingException {
        return Responses.typed(endpoints.patch(kind, id, ifMatch, patch, toRequest, requestType, this::view));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a {one}; its deleted event carries the last state")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No {one} has this id")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return endpoints.delete(kind, id, ifMatch);
    }

    private R view(E fact) {
        return response.apply(fact, toRequest.apply(fact));
    }
}
