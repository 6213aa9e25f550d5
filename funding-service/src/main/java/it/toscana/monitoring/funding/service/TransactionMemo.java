package it.toscana.monitoring.funding.service;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Lookups remembered for the current transaction only. A bulk chunk stores up to a few hundred items in
 * one transaction, nearly all pointing at the same community and funding line: each is looked up once per
 * transaction instead of once per item, and nothing outlives the transaction, so a later change is seen then.
 */
@ApplicationScoped
class TransactionMemo {

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** This transaction's store named {@code name}, made on first use; null outside an active transaction. */
    @SuppressWarnings("unchecked")
    <T> T store(String name, Supplier<T> create) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        T store = (T) transactions.getResource(name);
        if (store == null) {
            store = create.get();
            transactions.putResource(name, store);
        }
        return store;
    }
}
