package it.toscana.monitoring.gateway.proxy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;

import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.PublicUrls;
import it.toscana.monitoring.platform.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Routes /api/v1 reads and writes to the owning service, so a client needs one base URL. The
 * gateway's own paths (totals, stream, admin) are more specific and win over these templates.
 * The merged OpenAPI document describes the routed operations; this resource is hidden from it.
 */
@Path("/api/v1")
public class ProxyResource {

    /** Request headers passed on; hop-by-hop and host headers are not. */
    private static final Set<String> FORWARDED_REQUEST = Set.of("accept", "content-type", "if-match", "if-none-match",
            "idempotency-key", "authorization");
    private static final Set<String> FORWARDED_RESPONSE = Set.of("content-type", "etag", "location", "link",
            "idempotent-replayed", "retry-after");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Inject
    HttpClient client;

    @Inject
    ServiceCatalog catalog;

    @GET
    @Path("/{collection}")
    @Operation(hidden = true)
    public Response getCollection(@PathParam("collection") String collection, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("GET", collection, uri, headers, null);
    }

    @GET
    @Path("/{collection}/{rest: .+}")
    @Operation(hidden = true)
    public Response get(@PathParam("collection") String collection, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("GET", collection, uri, headers, null);
    }

    @POST
    @Path("/{collection}")
    @Operation(hidden = true)
    public Response postCollection(@PathParam("collection") String collection, @Context UriInfo uri,
            @Context HttpHeaders headers, byte[] body) {
        return forward("POST", collection, uri, headers, body);
    }

    @POST
    @Path("/{collection}/{rest: .+}")
    @Operation(hidden = true)
    public Response post(@PathParam("collection") String collection, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body) {
        return forward("POST", collection, uri, headers, body);
    }

    @PUT
    @Path("/{collection}/{rest: .+}")
    @Operation(hidden = true)
    public Response put(@PathParam("collection") String collection, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body) {
        return forward("PUT", collection, uri, headers, body);
    }

    @PATCH
    @Path("/{collection}/{rest: .+}")
    @Operation(hidden = true)
    public Response patch(@PathParam("collection") String collection, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body) {
        return forward("PATCH", collection, uri, headers, body);
    }

    @DELETE
    @Path("/{collection}/{rest: .+}")
    @Operation(hidden = true)
    public Response delete(@PathParam("collection") String collection, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("DELETE", collection, uri, headers, null);
    }

    private Response forward(String method, String collection, UriInfo uri, HttpHeaders headers, byte[] body) {
        URI base = catalog.baseOf(collection)
                .orElseThrow(() -> ProblemException.notFound("There is no collection /api/v1/" + collection + "."));
        URI target = target(base, uri.getRequestUri());
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(TIMEOUT)
                .method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.getRequestHeaders().forEach((name, values) -> {
            if (FORWARDED_REQUEST.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<byte[]> response = send(request.build(), collection);
        Response.ResponseBuilder reply = Response.status(response.statusCode()).entity(response.body());
        response.headers().map().forEach((name, values) -> {
            if (FORWARDED_RESPONSE.contains(name.toLowerCase())) {
                values.forEach(value -> reply.header(name, relink(value, base)));
            }
        });
        return reply.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request, String collection) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException | HttpTimeoutException e) {
            throw ProblemException.of(ProblemType.UNAVAILABLE,
                    "The service that owns /api/v1/" + collection + " does not answer; try again shortly.");
        } catch (IOException e) {
            throw ProblemException.of(ProblemType.BAD_GATEWAY,
                    "The service that owns /api/v1/" + collection + " gave no valid answer.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.of(ProblemType.UNAVAILABLE, "The request was interrupted.");
        }
    }

    /**
     * The service's configured origin with the routed path as the client wrote it (RoutablePaths
     * has refused every path that could normalise to another), never resolved against it: resolving
     * would apply dot segments, and nothing of the request (its Host) chooses where it goes.
     */
    private static URI target(URI service, URI request) {
        return URI.create(service.getScheme() + "://" + service.getRawAuthority() + request.getRawPath()
                + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery()));
    }

    /** Paging links and absolute locations that name the service name the public base URL instead (not the request's Host). */
    private static String relink(String link, URI service) {
        String serviceOrigin = service.getScheme() + "://" + service.getRawAuthority();
        return link.replace(serviceOrigin, PublicUrls.of(URI.create("/")).toString().replaceAll("/$", ""));
    }
}
