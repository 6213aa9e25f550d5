package it.toscana.monitoring.events;

import java.util.List;

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

    private Topics() {
    }
}
