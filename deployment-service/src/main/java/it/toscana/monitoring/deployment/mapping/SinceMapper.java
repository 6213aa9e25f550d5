package it.toscana.monitoring.deployment.mapping;

import java.util.function.BiConsumer;

import it.toscana.monitoring.deployment.api.DatedRequest;
import it.toscana.monitoring.deployment.domain.DatedRolloutFact;
import it.toscana.monitoring.platform.time.BusinessDate;

/** The business date ({@code since}) of every dated rollout fact, read from its request the same way for all kinds. */
public final class SinceMapper {

    private SinceMapper() {
    }

    /**
     * A kind's own mapping, with the date as its writer gives it: a source that needs a date it lacks is a 400
     * naming {@code since}, checked before the kind's own rules.
     */
    public static <Q extends DatedRequest, E extends DatedRolloutFact> BiConsumer<Q, E> dated(BiConsumer<Q, E> apply) {
        return (request, fact) -> {
            BusinessDate since = BusinessDate.given("since", request.since(), request.sinceSource());
            apply.accept(request, fact);
            fact.dateBy(since);
        };
    }
}
