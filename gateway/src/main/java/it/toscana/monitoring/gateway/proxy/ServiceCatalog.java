package it.toscana.monitoring.gateway.proxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.toscana.monitoring.gateway.config.ServicesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What each owning service serves, read from its own OpenAPI document: the routes follow the
 * services' code instead of a list kept by hand. Re-read when a collection is unknown (at most
 * every few seconds), so a service started after the gateway is picked up. Routing reads the
 * current catalogue without a lock; a re-read runs once at a time, its services in parallel, and
 * only callers that need it (an unknown collection, a missing service) wait for it.
 */
@ApplicationScoped
public class ServiceCatalog {

    public enum Owner {
        TERRITORY, FUNDING, DEPLOYMENT
    }

    /** One service's OpenAPI document and the /api/v1 collections it serves. */
    public record ServiceApi(Owner owner, URI base, JsonNode openApi, Set<String> collections) {
    }

    private static final Logger LOG = Logger.getLogger(ServiceCatalog.class);
    private static final String PREFIX = "/api/v1/";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    @Inject
    HttpClient client;

    @Inject
    ServicesConfig services;

    @Inject
    ObjectMapper json;

    private final Map<Owner, ServiceApi> apis = new ConcurrentHashMap<>();
    private final AtomicReference<CompletableFuture<Void>> refreshing = new AtomicReference<>();
    private volatile Instant lastRefresh = Instant.EPOCH;

    /** The base URL of the service that serves {@code /api/v1/<collection>}. */
    public Optional<URI> baseOf(String collection) {
        Optional<URI> known = find(collection);
        if (known.isEmpty() && refreshDue()) {
            refresh().join();
            known = find(collection);
        }
        return known;
    }

    /** Every service's document, re-read first if one is missing. */
    public List<ServiceApi> all() {
        if (apis.size() < Owner.values().length && refreshDue()) {
            refresh().join();
        }
        return Arrays.stream(Owner.values()).map(apis::get).filter(Objects::nonNull).toList();
    }

    private Optional<URI> find(String collection) {
        return apis.values().stream().filter(api -> api.collections().contains(collection)).map(ServiceApi::base)
                .findFirst();
    }

    private boolean refreshDue() {
        return Instant.now().isAfter(lastRefresh.plus(services.catalogueRefreshAtMostEvery()));
    }

    /** The re-read under way, or a new one: concurrent callers share one. */
    private CompletableFuture<Void> refresh() {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = refreshing.compareAndExchange(null, mine);
        if (running != null) {
            return running;
        }
        lastRefresh = Instant.now();
        CompletableFuture.allOf(Arrays.stream(Owner.values()).map(this::read).toArray(CompletableFuture[]::new))
                .whenComplete((done, failed) -> {
                    refreshing.set(null);
                    mine.complete(null);
                });
        return mine;
    }

    private CompletableFuture<Void> read(Owner owner) {
        URI base = baseOf(owner);
        return client.sendAsync(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).timeout(READ_TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString())
                .thenAccept(response -> {
                    if (response.statusCode() == 200) {
                        JsonNode document = readTree(response.body());
                        apis.put(owner, new ServiceApi(owner, base, document, collections(document)));
                    }
                })
                .exceptionally(e -> {
                    LOG.debugf("%s at %s does not answer yet: %s", owner, base, e.getMessage());
                    return null;
                });
    }

    private JsonNode readTree(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI baseOf(Owner owner) {
        return switch (owner) {
            case TERRITORY -> services.territory();
            case FUNDING -> services.funding();
            case DEPLOYMENT -> services.deployment();
        };
    }

    private static Set<String> collections(JsonNode document) {
        Set<String> collections = new TreeSet<>();
        Iterator<String> paths = document.path("paths").fieldNames();
        while (paths.hasNext()) {
            String path = paths.next();
            if (path.startsWith(PREFIX)) {
                String rest = path.substring(PREFIX.length());
                int slash = rest.indexOf('/');
                collections.add(slash < 0 ? rest : rest.substring(0, slash));
            }
        }
        return collections;
    }
}
