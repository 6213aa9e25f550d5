package it.toscana.monitoring.events;

import java.util.List;
import java.util.Map;

/**
 * One topic per owning service. Topics are compacted by key, so the last state of every
 * aggregate stays available for a consumer that rebuilds its projections.
 */
public final class Topics {

    public static final String TERRITORY = "territory.events";
    public static final String FUNDING = "funding.events";
    public static final String DEPLOYMENT = "deployment.events";

    public static final List<String> ALL = List.of(TERRITORY, FUNDING, DEPLOYMENT);
    public static final int PARTITIONS = 3;
    /**
     * The settings every topic is created with: compacted by key and never deleted by age or size, so a
     * rebuild finds the last state of every aggregate. A deletion is an event with the last state, not a tombstone.
     */
    public static final Map<String, String> SETTINGS = Map.of("cleanup.policy", "compact");

    /** The one service that writes a topic: the CloudEvents {@code source} of its events and the prefix of their types. */
    public record Owner(String source, String typePrefix) {

        /** Whether an event could have been written by this owner. */
        public boolean wrote(CloudEvent event) {
            return source.equals(event.source()) && event.type().startsWith(typePrefix);
        }
    }

    public static final Map<String, Owner> OWNERS = Map.of(
            TERRITORY, new Owner("/territory-service", "it.toscana.monitoring.territory."),
            FUNDING, new Owner("/funding-service", "it.toscana.monitoring.funding."),
            DEPLOYMENT, new Owner("/deployment-service", "it.toscana.monitoring.deployment."));

    private Topics() {
    }
}
