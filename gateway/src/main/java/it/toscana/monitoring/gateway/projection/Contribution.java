package it.toscana.monitoring.gateway.projection;

import java.util.List;

/** What one source aggregate adds to one community's totals. */
public record Contribution(String communityCode, List<Cell> cells) {

    /** Aggregates whose community is not known yet still count in the region's totals. */
    public static final String UNATTRIBUTED = "";
}
