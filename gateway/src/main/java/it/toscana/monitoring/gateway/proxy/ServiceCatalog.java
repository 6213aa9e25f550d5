package it.toscana.monitoring.gateway.proxy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.toscana.monitoring.gateway.config.ServicesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What each owning service serves, read from its own OpenAPI document: the routes follow the
 * services' code instead of a list kept by hand. Re-read when a collection is unknown (at most
 * every few seconds), so a service started after the gateway is picked up.
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
    private static final Duration REFRESH_AT_MOST_EVERY = Duration.ofSeconds(5);

    @Inject
    HttpClient client;
    private final Map<Owner, ServiceApi> apis = new EnumMap<>(Owner.class);
    private Instant lastRefresh = Instant.EPOCH;

    @Inject
    ServicesConfig services;

    @Inject
    ObjectMapper json;

    /** The base URL of the service that serves {@code /api/v1/<collection>}. */
    public synchronized Optional<URI> baseOf(String collection) {
        Optional<URI> known = find(collection);
        if (known.isEmpty() && refreshDue()) {
            refresh();
            known = find(collection);
        }
        return known;
    }

    /** Every service's document, re-read first if one is missing. */
    public synchronized List<ServiceApi> all() {
        if (apis.size() < Owner.values().length && refreshDue()) {
            refresh();
        }
        return List.copyOf(apis.values());
    }

    private Optional<URI> find(String collection) {
        return apis.values().stream().filter(api -> api.collections().contains(collection)).map(ServiceApi::base)
                .findFirst();
    }

    private boolean refreshDue() {
        return Instant.now().isAfter(lastRefresh.plus(REFRESH_AT_MOST_EVERY));
    }

    private void refresh() {
        lastRefresh = Instant.now();
        for (Owner owner : Owner.values()) {
            URI base = baseOf(owner);
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode document = json.readTree(response.body());
                    apis.put(owner, new ServiceApi(owner, base, document, collections(document)));
                }
            } catch (Exception e) {
                LOG.debugf("%s at %s does not answer yet: %s", owner, base, e.getMessage());
            }
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
