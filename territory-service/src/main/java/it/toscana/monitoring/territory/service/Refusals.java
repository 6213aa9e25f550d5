package it.toscana.monitoring.territory.service;

import it.toscana.monitoring.platform.problem.ProblemException;

/** The register's refusals that name a field, as problem+json. */
public final class Refusals {

    private Refusals() {
    }

    /** A body that points at something the register does not hold (e.g. an unknown community code): 422, as in every service. */
    public static ProblemException unknownReference(String field, String detail) {
        return ProblemException.unknownReference(field, detail);
    }

    /** The key in the body of a PUT or merge patch must be the one in the path. */
    static void requireSameKey(String field, String pathKey, String bodyKey) {
        if (!pathKey.equals(bodyKey)) {
            throw ProblemException.invalidField(field, "must be " + pathKey + ", as in the path; the key cannot be changed");
        }
    }
}
