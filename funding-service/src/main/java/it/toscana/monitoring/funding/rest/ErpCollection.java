package it.toscana.monitoring.funding.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.rest.BulkResult;

/**
 * A collection the ERP upserts by external id, as its bulk and import-job endpoints see it.
 *
 * @param path       the collection's path; the endpoints' Idempotency-Key operations derive from it
 * @param jobKind    the kind an import job of this collection records
 * @param externalId the item's key, for the duplicate checks
 * @param prefetch   reads, in a chunk's transaction, the stored entities of the chunk's external ids at once
 * @param upsert     stores one item by its external id
 * @param id         the stored entity's id, reported per item
 * @param amount     the item's amount, summed for the batch's control totals
 */
record ErpCollection<T, E>(String path, String jobKind, Function<T, String> externalId,
        Consumer<List<String>> prefetch, Function<T, Upserted<E>> upsert, Function<E, Object> id,
        Function<T, BigDecimal> amount) {

    /** One item's result: 201 when the upsert created the entity, 200 when it replaced it. */
    BulkResult.Item store(T item) {
        Upserted<E> upserted = upsert.apply(item);
        return new BulkResult.Item(0, upserted.created() ? 201 : 200, id.apply(upserted.entity()).toString(), null);
    }
}
