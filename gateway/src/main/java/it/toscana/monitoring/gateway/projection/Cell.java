package it.toscana.monitoring.gateway.projection;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One total at the finest grain the gateway keeps (see V2__totals.sql, V5__business_time.sql): a
 * community's measure under its dimensions. Unused dimensions are empty strings, so a cell has one
 * identity in the primary key; {@link Contribution#UNATTRIBUTED} is the region's own community. Stored
 * inside contributions as JSON with short names.
 */
public record Cell(
        @JsonProperty("c") String community,
        @JsonProperty("f") Family family,
        @JsonProperty("s") String section,
        @JsonProperty("p") String period,
        @JsonProperty("l") String line,
        @JsonProperty("k") String category,
        @JsonProperty("i") String istatCode,
        @JsonProperty("t") String status,
        @JsonProperty("m") Measure measure) {

    public Cell {
        community = text(community);
        section = text(section);
        period = text(period);
        line = text(line);
        category = text(category);
        istatCode = text(istatCode);
        status = text(status);
    }

    /** A count or figure that has no money dimensions. */
    static Cell of(String community, Family family, String istatCode, Object status, Measure measure) {
        return new Cell(community, family, "", "", "", "", istatCode, text(status), measure);
    }

    Cell withMeasure(Measure other) {
        return new Cell(community, family, section, period, line, category, istatCode, status, other);
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
