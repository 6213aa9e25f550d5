package it.toscana.monitoring.gateway.rest;

import java.time.Instant;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import it.toscana.monitoring.gateway.totals.TotalsCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Conditional reads of the totals: each answer carries an ETag naming the projections' generation (and
 * this gateway's start, so a restart never reuses one), which dashboards and proxies revalidate with (the
 * answers say {@code Cache-Control: no-cache}, {@link CachePolicy}); a matching {@code If-None-Match} is a
 * 304 that computes nothing.
 * The consumer's lag ({@code lagByTopic}) is not covered by the tag.
 */
@ApplicationScoped
public class Revalidation {

    private static final String STARTED = Long.toString(Instant.now().toEpochMilli(), 36);

    @Inject
    TotalsCache cache;

    /**
     * As {@link #respond(Request, String, Supplier)}, on the event loop when the answer is {@code atHand} (a
     * repeated read: no database, no serialization), else on a worker thread, where the answer may read the
     * database. A 304 computes nothing either way.
     */
    public Uni<Response> respond(Request request, String variant, Supplier<byte[]> atHand,
            Supplier<Response.ResponseBuilder> answer) {
        byte[] json = atHand.get();
        if (json != null) {
            return Uni.createFrom().item(respond(request, variant, () -> Response.ok(json, MediaType.APPLICATION_JSON_TYPE)));
        }
        return Uni.createFrom().item(() -> respond(request, variant, answer)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** @param variant tells apart representations of one URL (e.g. "csv") */
    public Response respond(Request request, String variant, Supplier<Response.ResponseBuilder> answer) {
        EntityTag tag = new EntityTag(STARTED + "-" + cache.generation() + (variant.isEmpty() ? "" : "-" + variant), true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged : answer.get();
        return response.tag(tag).build();
    }
}
