package it.toscana.monitoring.deployment.mapping;

import it.toscana.monitoring.deployment.domain.RolloutFact;
import it.toscana.monitoring.events.SourceReference;

/** The notes and source every rollout fact carries, copied the same way for all kinds. */
final class Provenance {

    private Provenance() {
    }

    static void copy(String notes, SourceReference source, RolloutFact fact) {
        fact.notes = notes;
        fact.sourceDocument = source == null ? null : source.document();
        fact.sourceLocation = source == null ? null : source.location();
    }

    static SourceReference source(RolloutFact fact) {
        return fact.sourceDocument == null && fact.sourceLocation == null ? null
                : new SourceReference(fact.sourceDocument, fact.sourceLocation);
    }
}
