package it.toscana.monitoring.platform.rest;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/** One page of a collection: {@code {items, page, size, total}}, JSON or CSV (see {@link PageCsvWriter}). */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** A collection answered whole, as its one page. */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, 0, Math.max(items.size(), 1), items.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** 200 with {@code Link} headers to the next and previous pages, on the public base URL (see {@link PublicUrls}). */
    public Response toResponse(UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(this);
        URI self = PublicUrls.of(uri.getRequestUri());
        if ((long) (page + 1) * size < total) {
            response.links(Link.fromUriBuilder(UriBuilder.fromUri(self).replaceQueryParam("page", page + 1)).rel("next").build());
        }
        if (page > 0) {
            response.links(Link.fromUriBuilder(UriBuilder.fromUri(self).replaceQueryParam("page", page - 1)).rel("prev").build());
        }
        return response.build();
    }
}
