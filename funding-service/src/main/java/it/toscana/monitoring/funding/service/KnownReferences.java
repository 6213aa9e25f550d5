package it.toscana.monitoring.funding.service;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * References already found in the current transaction (see {@link TransactionMemo}). Only hits are kept:
 * a miss is looked up again, and refused.
 */
@ApplicationScoped
class KnownReferences {

    private static final String STORE = KnownReferences.class.getName();

    @Inject
    TransactionMemo memo;

    /** Whether {@code code} of {@code kind} exists, asking {@code lookup} unless this transaction found it already. */
    boolean exists(String kind, String code, Predicate<String> lookup) {
        Set<String> known = memo.store(STORE, HashSet::new);
        String key = kind + ':' + code;
        if (known != null && known.contains(key)) {
            return true;
        }
        boolean exists = lookup.test(code);
        if (exists && known != null) {
            known.add(key);
        }
        return exists;
    }
}
