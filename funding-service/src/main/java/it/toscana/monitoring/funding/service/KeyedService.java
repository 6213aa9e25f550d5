package it.toscana.monitoring.funding.service;

import it.toscana.monitoring.funding.mapping.AggregateType;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The reads and the deletion that a service of one keyed aggregate type answers like every other. */
abstract class KeyedService<E, K> {

    @Inject
    KeyedStore store;

    private final AggregateType<E> type;

    KeyedService(AggregateType<E> type) {
        this.type = type;
    }

    public E get(K key) {
        return store.get(type, key);
    }

    /** If-Match checked, the row deleted and its last state published; a subclass overrides it to refuse first. */
    @Transactional
    public void delete(K key, String ifMatch) {
        store.delete(type, store.lock(type, key), ifMatch);
    }

    Page<E> pageWhere(Conditions where, PageParams page) {
        return store.page(type, where, page);
    }
}
