package it.toscana.monitoring.funding.service;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * References already found in the current transaction. A bulk chunk stores up to a few hundred
 * items in one transaction, nearly all naming the same community and funding line; each is looked
 * up once per transaction instead of once per item. Only hits are kept (a miss is looked up again,
 * and refused), and nothing outlives the transaction, so a reference deleted later is seen then.
 */
@ApplicationScoped
class KnownReferences {

    private static final String RESOURCE = KnownReferences.class.getName();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Whether {@code code} of {@code kind} exists, asking {@code lookup} unless this transaction found it already. */
    boolean exists(String kind, String code, Predicate<String> lookup) {
        Set<String> known = known();
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

    @SuppressWarnings("unchecked")
    private Set<String> known() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        Set<String> known = (Set<String>) transactions.getResource(RESOURCE);
        if (known == null) {
            known = new HashSet<>();
            transactions.putResource(RESOURCE, known);
        }
        return known;
    }
}
