package it.toscana.monitoring.gateway.rest;

import java.time.Instant;
import java.util.function.Supplier;

import it.toscana.monitoring.gateway.totals.TotalsCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Conditional reads of the totals: each answer carries an ETag naming the projections' generation (and
 * this gateway's start, so a restart never reuses one), and {@code Cache-Control: no-cache}, so dashboards
 * and proxies may keep it and revalidate; a matching {@code If-None-Match} is a 304 that computes nothing.
 * The consumer's lag ({@code lagByTopic}) is not covered by the tag.
 */
@ApplicationScoped
public class Revalidation {

    private static final String STARTED = Long.toString(Instant.now().toEpochMilli(), 36);
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    @Inject
    TotalsCache cache;

    /** @param variant tells apart representations of one URL (e.g. "csv") */
    public Response respond(Request request, String variant, Supplier<Response.ResponseBuilder> answer) {
        EntityTag tag = new EntityTag(STARTED + "-" + cache.generation() + (variant.isEmpty() ? "" : "-" + variant), true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged : answer.get();
        return response.tag(tag).cacheControl(REVALIDATE).build();
    }
}
