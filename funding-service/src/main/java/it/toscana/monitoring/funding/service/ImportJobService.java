package it.toscana.monitoring.funding.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import it.toscana.monitoring.funding.domain.ImportJob;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.rest.BulkExecutor;
import it.toscana.monitoring.platform.rest.BulkResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Imports larger than one bulk call: the items run through the same {@link BulkExecutor} (chunked
 * transactions, an event per item, a refused item answered alone) in chunks, and the job's counts
 * are updated after each.
 * One job runs at a time, so an import never takes more than one worker from the database.
 */
@ApplicationScoped
public class ImportJobService {

    public static final int MAX_ITEMS = 500_000;
    private static final int CHUNK = 1_000;
    private static final int FAILURES_KEPT = 1_000;
    private static final Logger LOG = Logger.getLogger(ImportJobService.class);

    @Inject
    BulkExecutor bulk;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    /** Checks the list as a whole (size, keys repeated anywhere in it), then starts the job. */
    public <T> ImportJob start(String kind, List<T> items, Function<T, String> key,
            Function<T, BulkResult.Item> upsert) {
        if (items == null || items.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "An import needs at least one item.", List.of());
        }
        if (items.size() > MAX_ITEMS) {
            throw new ProblemException(ProblemType.TOO_LARGE, "An import job takes at most " + MAX_ITEMS + " items; this one has " + items.size() + ".", List.of());
        }
        Set<String> seen = new HashSet<>();
        List<String> repeated = items.stream().map(item -> item == null ? null : key.apply(item))
                .filter(k -> k != null && !seen.add(k)).distinct().limit(10).toList();
        if (!repeated.isEmpty()) {
            throw ProblemException.unprocessable("The import repeats external ids, e.g. " + repeated + ".");
        }
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob created = new ImportJob();
            created.id = UUID.randomUUID();
            created.kind = kind;
            created.total = items.size();
            created.persist();
            return created;
        });
        worker.submit(() -> run(job.id, items, key, upsert));
        return job;
    }

    public ImportJob get(UUID id) {
        return ImportJob.<ImportJob>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No import job with id " + id + "."));
    }

    private <T> void run(UUID id, List<T> items, Function<T, String> key, Function<T, BulkResult.Item> upsert) {
        try {
            for (int start = 0; start < items.size(); start += CHUNK) {
                List<T> chunk = items.subList(start, Math.min(start + CHUNK, items.size()));
                BulkResult result = bulk.run(chunk, key, upsert);
                record(id, start, result);
            }
            finish(id, ImportJob.State.DONE, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %s stopped", id);
            finish(id, ImportJob.State.FAILED, "The import stopped after an internal error; the counts say how far it got.");
        }
    }

    private void record(UUID id, int offset, BulkResult result) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(id);
            job.processed += result.items().size();
            job.succeeded += result.succeeded();
            job.failed += result.failed();
            List<BulkResult.Item> failures = new ArrayList<>(job.failures);
            result.items().stream().filter(item -> item.status() >= 300)
                    .limit(Math.max(0, FAILURES_KEPT - failures.size()))
                    .forEach(item -> failures.add(new BulkResult.Item(item.index() + offset, item.status(), null,
                            item.problem())));
            job.failures = failures;
        });
    }

    private void finish(UUID id, ImportJob.State state, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(id);
            job.state = state;
            job.error = error;
            job.finishedAt = Instant.now();
        });
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
    }
}
