package it.toscana.monitoring.deployment.service;

import java.util.Map;

/**
 * The filters a collection takes: community code, municipality ISTAT code, status (all optional),
 * and the values asked of the kind's own filters ({@link FactKind#filters()}), by field.
 */
public record FactFilter(String community, String municipality, String status, Map<String, String> own) {

    public FactFilter {
        own = Map.copyOf(own);
    }
}
