package it.toscana.monitoring.deployment.rest;

import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.deployment.domain.RolloutFact;
import it.toscana.monitoring.deployment.service.FactFilter;
import it.toscana.monitoring.deployment.service.FactKind;
import it.toscana.monitoring.deployment.service.RolloutFactService;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.rest.Etags;
import it.toscana.monitoring.platform.rest.IdempotentRequests;
import it.toscana.monitoring.platform.rest.MergePatch;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.Responses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The HTTP side every rollout-fact resource shares: status codes, ETag, Location, idempotency, merge patch. */
@ApplicationScoped
public class FactEndpoints {

    @Inject
    RolloutFactService facts;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    MergePatch mergePatch;

    public <E extends RolloutFact, Q> Response list(FactKind<E, Q> kind, Function<E, ?> view, FactFilter filter,
            PageParams page, UriInfo uri) {
        return facts.list(kind, filter, page).map(view).toResponse(uri);
    }

    public <E extends RolloutFact, Q> Response get(FactKind<E, Q> kind, String id, Function<E, ?> view) {
        return ok(facts.get(kind, id), view);
    }

    /** POST: 201 with Location; the same Idempotency-Key and body get the first response again. */
    public <E extends RolloutFact, Q> Response create(FactKind<E, Q> kind, Q request, String idempotencyKey,
            UriInfo uri, Function<E, ?> view) {
        return idempotentRequests.execute(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            E fact = facts.create(kind, request);
            return Responses.created(uri.getAbsolutePathBuilder().path(fact.id).build(), view.apply(fact), fact.version);
        });
    }

    /** PUT by natural key: 201 when created, 200 when replaced. */
    public <E extends RolloutFact, Q> Response upsert(FactKind<E, Q> kind, String id, String ifMatch, Q request,
            UriInfo uri, Function<E, ?> view) {
        Upserted<E> result = facts.upsert(kind, id, ifMatch, request);
        return Responses.createdOrOk(result.created(), uri.getAbsolutePath(), view.apply(result.entity()),
                result.entity().version);
    }

    public <E extends RolloutFact, Q> Response replace(FactKind<E, Q> kind, String id, String ifMatch, Q request,
            Function<E, ?> view) {
        return ok(facts.replace(kind, id, ifMatch, request), view);
    }

    /**
     * RFC 7396 onto the fact as a request, validated like a PUT. Without If-Match the version read
     * here is required, so a concurrent change is never silently overwritten.
     */
    public <E extends RolloutFact, Q> Response patch(FactKind<E, Q> kind, String id, String ifMatch, JsonNode patch,
            Function<E, Q> toRequest, Class<Q> requestType, Function<E, ?> view) throws JsonProcessingException {
        E current = facts.get(kind, id);
        Etags.checkIfMatch(ifMatch, current.version);
        Q merged = mergePatch.apply(toRequest.apply(current), patch, requestType);
        return ok(facts.replace(kind, id, "\"" + current.version + "\"", merged), view);
    }

    public <E extends RolloutFact, Q> Response delete(FactKind<E, Q> kind, String id, String ifMatch) {
        facts.delete(kind, id, ifMatch);
        return Response.noContent().build();
    }

    public static <E extends RolloutFact> Response ok(E fact, Function<E, ?> view) {
        return Responses.ok(view.apply(fact), fact.version);
    }
}
