package it.toscana.monitoring.funding.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.events.funding.ImportJobState;
import it.toscana.monitoring.funding.domain.ImportJob;
import it.toscana.monitoring.platform.aggregate.Aggregate;
import it.toscana.monitoring.platform.aggregate.AggregateWriter;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.rest.BulkExecutor;
import it.toscana.monitoring.platform.rest.BulkResult;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Imports larger than one bulk call: the items run through the same {@link BulkExecutor} (chunked
 * transactions, an event per item, a refused item answered alone) in chunks, and the job's counts
 * are updated after each.
 * One job runs at a time, so an import never takes more than one worker from the database, and
 * at most {@code funding.import-jobs.max-waiting} wait behind it (each holds its items in memory):
 * past that a new one is refused with 503 and {@code Retry-After}.
 */
@ApplicationScoped
public class ImportJobService {

    public static final int MAX_ITEMS = 500_000;
    private static final int CHUNK = 1_000;
    private static final int FAILURES_KEPT = 1_000;
    /** A job changes when it starts and when it finishes: that is what {@code ?updatedSince=} bounds. */
    private static final Listing LISTING = Listing.of(Set.of("createdAt", "finishedAt", "state", "kind"),
            "coalesce(finishedAt, createdAt)", "id");
    private static final Logger LOG = Logger.getLogger(ImportJobService.class);

    /** What a refused client is told to wait: about one job of a typical size. */
    private static final long RETRY_AFTER_SECONDS = 30;

    /** A finished job, as its event tells it; published once, so there is no deletion. */
    private static final Aggregate<ImportJob> FINISHED = new Aggregate<>(Topics.FUNDING, "import job",
            FundingEvents.IMPORT_JOB_FINISHED, null, job -> 1L,
            (job, version) -> new ImportJobState(job.id.toString(), job.kind,
                    job.state == ImportJob.State.DONE ? ImportJobState.Outcome.DONE : ImportJobState.Outcome.FAILED,
                    job.total, job.processed, job.succeeded, job.failed, job.error, job.createdAt, job.finishedAt, version));

    @Inject
    BulkExecutor bulk;

    @Inject
    AggregateWriter writer;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "funding.import-jobs.max-waiting", defaultValue = "4")
    int maxWaiting;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private Semaphore places;

    @PostConstruct
    void bound() {
        places = new Semaphore(1 + maxWaiting);
    }

    /** Checks the list as a whole ({@link #checkImport}), then starts the job. */
    public <T> ImportJob start(String kind, List<T> items, Function<T, String> key, Consumer<List<String>> prefetch,
            Function<T, BulkResult.Item> upsert) {
        checkImport(items, key);
        if (!places.tryAcquire()) {
            throw ProblemException.unavailable("Import jobs are queued up to " + maxWaiting + " behind the running one; "
                    + "retry later.", RETRY_AFTER_SECONDS);
        }
        ImportJob job;
        try {
            job = QuarkusTransaction.requiringNew().call(() -> created(kind, items.size()));
        } catch (RuntimeException e) {
            places.release();
            throw e;
        }
        worker.submit(() -> {
            try {
                run(job.id, items, key, prefetch, upsert);
            } finally {
                places.release();
            }
        });
        return job;
    }

    /** The checks of a list as a whole, before a job starts: size, and keys repeated anywhere in it. */
    public <T> void checkImport(List<T> items, Function<T, String> key) {
        if (items == null || items.isEmpty()) {
            throw ProblemException.of(ProblemType.VALIDATION, "An import needs at least one item.");
        }
        if (items.size() > MAX_ITEMS) {
            throw ProblemException.of(ProblemType.TOO_LARGE,
                    "An import job takes at most " + MAX_ITEMS + " items; this one has " + items.size() + ".");
        }
        Set<String> seen = new HashSet<>();
        List<String> repeated = items.stream().map(item -> item == null ? null : key.apply(item))
                .filter(k -> k != null && !seen.add(k)).distinct().limit(10).toList();
        if (!repeated.isEmpty()) {
            throw ProblemException.unprocessable("The import repeats external ids, e.g. " + repeated + ".");
        }
    }

    private static ImportJob created(String kind, int total) {
        ImportJob created = new ImportJob();
        created.id = UUID.randomUUID();
        created.kind = kind;
        created.total = total;
        created.persist();
        return created;
    }

    /** Jobs in a state, started at or after {@code since}; either may be null. */
    public Page<ImportJob> list(ImportJob.State state, Instant since, PageParams page) {
        return LISTING.page(entityManager, ImportJob.class, new Conditions().equal("state", state).atLeast("createdAt", since),
                page);
    }

    public ImportJob get(UUID id) {
        return ImportJob.<ImportJob>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No import job with id " + id + "."));
    }

    private <T> void run(UUID id, List<T> items, Function<T, String> key, Consumer<List<String>> prefetch,
            Function<T, BulkResult.Item> upsert) {
        try {
            for (int start = 0; start < items.size(); start += CHUNK) {
                List<T> chunk = items.subList(start, Math.min(start + CHUNK, items.size()));
                BulkResult result = bulk.run(chunk, key, prefetch, upsert);
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
            writer.published(FINISHED, job); // in the same transaction: the ERP's webhook hears of it once it is so
        });
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
    }
}
