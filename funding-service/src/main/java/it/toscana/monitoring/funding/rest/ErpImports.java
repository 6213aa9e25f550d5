package it.toscana.monitoring.funding.rest;

import java.util.List;

import it.toscana.monitoring.funding.service.ImportJobService;
import it.toscana.monitoring.platform.rest.BulkExecutor;
import it.toscana.monitoring.platform.rest.IdempotentRequests;
import it.toscana.monitoring.platform.rest.Responses;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

/**
 * The two ways the ERP upserts a collection by external id, each under its Idempotency-Key: one
 * bulk call answered item by item (207), or an import job run in the background (202). Either
 * refuses a batch whose control totals differ from what arrived, and either may be a dry run: the
 * per-item results (207) of a run rolled back, with no Idempotency-Key record (it stored nothing
 * a retry could repeat).
 */
@Singleton
class ErpImports {

    @Inject
    IdempotentRequests idempotent;

    @Inject
    BulkExecutor bulk;

    @Inject
    ImportJobService importJobs;

    <T> Response bulk(ErpCollection<T, ?> collection, List<T> items, ErpBatch batch) {
        batch.checkControlTotals(items, collection.amount());
        if (batch.isDryRun()) {
            BulkExecutor.checkSize(items);
            return dryRun(collection, items);
        }
        return idempotent.execute(batch.idempotencyKey, "POST " + collection.path() + "/bulk", items,
                () -> Responses.multiStatus(bulk.run(items, collection.externalId(), collection.prefetch(), collection::store)));
    }

    <T> Response importJob(ErpCollection<T, ?> collection, List<T> items, ErpBatch batch) {
        batch.checkControlTotals(items, collection.amount());
        if (batch.isDryRun()) {
            importJobs.checkImport(items, collection.externalId());
            return dryRun(collection, items);
        }
        return idempotent.execute(batch.idempotencyKey, "POST " + collection.path() + "/import-jobs", items,
                () -> ImportJobResource.accepted(
                        importJobs.start(collection.jobKind(), items, collection.externalId(), collection.prefetch(),
                                collection::store)));
    }

    private <T> Response dryRun(ErpCollection<T, ?> collection, List<T> items) {
        return Responses.multiStatus(bulk.dryRun(items, collection.externalId(), collection.prefetch(), collection::store));
    }
}
