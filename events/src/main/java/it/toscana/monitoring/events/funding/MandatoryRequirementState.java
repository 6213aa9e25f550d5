package it.toscana.monitoring.events.funding;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.Versioned;

/** A requirement every local programme must meet (adhesion to RTRT, InterPRO, START, VoIP RTRT, IRIS payments). */
public record MandatoryRequirementState(String code, String description, SourceReference source, long version)
        implements Versioned {

    @Override
    public String aggregateId() {
        return code;
    }
}
