package it.toscana.monitoring.funding.service;

import java.util.List;

import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;

/** The ERP's key for allocations and payments: its imports upsert by it, so an item without one is refused. */
final class ExternalIds {

    private ExternalIds() {
    }

    static void require(String externalId) {
        if (externalId == null || externalId.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "A bulk item needs its externalId.",
                    List.of(new Problem.FieldError("externalId", "must not be blank")));
        }
    }
}
