package it.toscana.monitoring.platform.rest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Runs a bulk call: bad items are reported with a problem, good ones land. Items that repeat
 * another item's key in the same call are refused.
 *
 * <p>Items are validated first, then stored in chunks of up to {@value #CHUNK}, one transaction
 * per chunk: a commit per item (and its WAL flush) was most of a bulk call's time. Each item still
 * writes its own events in its chunk's transaction. When an item is refused, the chunk's
 * transaction is rolled back whole, so nothing of it is kept; the items before the refused one are
 * stored again in one transaction, the refused one alone in its own (which answers its problem,
 * exactly as a one-item call would), and the chunk goes on after it. Any other failure sends the
 * chunk through one transaction per item, the behaviour before chunking. That logic is
 * {@link ChunkWriter}'s, given this class's two transactions.
 *
 * <p>A chunk's writes are flushed once, at its end, so that Hibernate sends them as JDBC batches
 * (multi-row INSERTs for new rows and their outbox events); a caller may read the rows a chunk
 * will touch in one query first ({@code prefetch}, given the chunk's keys, in its transaction).
 *
 * <p>A dry run ({@link #dryRun}) runs the same validation and the same upserts in the same chunks, in
 * transactions that are always rolled back: nothing is kept, no rows and no outbox rows, so the relay
 * never sees an event. Each item is checked against the stored data and the items before it in its chunk.
 */
@ApplicationScoped
public class BulkExecutor {

    public static final int MAX_ITEMS = 10_000;
    /** Items per transaction: large enough that commits no longer dominate, small enough to keep locks briefly. */
    static final int CHUNK = 200;

    @Inject
    Validator validator;

    @Inject
    EntityManager entityManager;

    /**
     * @param key    the item's natural key (e.g. the ERP's external id), for the duplicate check
     * @param upsert stores one valid item and returns its result (200 updated / 201 created, with id);
     *               it runs inside a transaction it may share with other items of the call
     */
    public <T> BulkResult run(List<T> items, Function<T, String> key, Function<T, BulkResult.Item> upsert) {
        return run(items, key, keys -> {
        }, upsert);
    }

    /** As {@link #run(List, Function, Function)}, calling {@code prefetch} with a chunk's keys before its items. */
    public <T> BulkResult run(List<T> items, Function<T, String> key, Consumer<List<String>> prefetch,
            Function<T, BulkResult.Item> upsert) {
        checkSize(items);
        BulkResult.Item[] results = refusals(items, key);
        new ChunkWriter(chunk -> QuarkusTransaction.requiringNew().call(() -> storeChunk(items, chunk, key, prefetch, upsert)),
                index -> storeAlone(index, items.get(index), upsert), results).storeAll(valid(results), CHUNK);
        return BulkResult.of(Arrays.asList(results));
    }

    /**
     * The results {@link #run} would answer for these items, computed in transactions that are
     * rolled back: nothing is written. An item sees the stored data and the items before it in its
     * chunk of {@value #CHUNK}, not those of earlier chunks. The caller checks the size limit of the call being tried
     * ({@link #checkSize} for a bulk call, an import job its own).
     */
    public <T> BulkResult dryRun(List<T> items, Function<T, String> key, Consumer<List<String>> prefetch,
            Function<T, BulkResult.Item> upsert) {
        BulkResult.Item[] results = refusals(items, key);
        DryRun<T> dryRun = new DryRun<>(items, key, prefetch, upsert, results);
        ChunkWriter.chunks(valid(results), CHUNK).forEach(dryRun::tryChunk);
        return BulkResult.of(Arrays.asList(results));
    }

    /** A bulk call's limits: at least one item, at most {@value #MAX_ITEMS}. */
    public static void checkSize(List<?> items) {
        if (items == null || items.isEmpty()) {
            throw ProblemException.invalid("A bulk call needs at least one item.");
        }
        if (items.size() > MAX_ITEMS) {
            throw ProblemException.of(ProblemType.TOO_LARGE,
                    "A bulk call takes at most " + MAX_ITEMS + " items; this one has " + items.size() + ".");
        }
    }

    /** Per item, the problem that refuses it whatever the database holds, or null. */
    private <T> BulkResult.Item[] refusals(List<T> items, Function<T, String> key) {
        BulkResult.Item[] results = new BulkResult.Item[items.size()];
        Map<String, Integer> firstIndexByKey = new HashMap<>();
        for (int index = 0; index < items.size(); index++) {
            results[index] = refusal(index, items.get(index), key, firstIndexByKey);
        }
        return results;
    }

    /** The problem of an item that cannot be stored whatever the database holds, or null. */
    private <T> BulkResult.Item refusal(int index, T item, Function<T, String> key, Map<String, Integer> firstIndexByKey) {
        if (item == null) {
            return failed(index, ProblemException.invalid("The item is null."));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(item);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return failed(index, new ProblemException(ProblemType.VALIDATION, "The item has invalid fields.", errors));
        }
        Integer first = firstIndexByKey.putIfAbsent(key.apply(item), index);
        if (first != null) {
            return failed(index, ProblemException.unprocessable(
                    "Item " + index + " repeats the key " + key.apply(item) + " of item " + first + "."));
        }
        return null;
    }

    /** The indexes of the items no refusal answered yet. */
    private static List<Integer> valid(BulkResult.Item[] results) {
        return IntStream.range(0, results.length).filter(index -> results[index] == null).boxed().toList();
    }

    /**
     * The chunk's items in the caller's transaction, the chunk's rows read first ({@code prefetch}); a refused item
     * aborts the transaction with its position.
     */
    private <T> BulkResult.Item[] storeChunk(List<T> items, List<Integer> chunk, Function<T, String> key,
            Consumer<List<String>> prefetch, Function<T, BulkResult.Item> upsert) {
        BulkResult.Item[] stored = new BulkResult.Item[chunk.size()];
        prefetch.accept(chunk.stream().map(index -> key.apply(items.get(index))).toList());
        for (int position = 0; position < chunk.size(); position++) {
            int index = chunk.get(position);
            try {
                BulkResult.Item result = upsert.apply(items.get(index));
                stored[position] = new BulkResult.Item(index, result.status(), result.id(), null);
            } catch (RuntimeException e) {
                if (find(e, ProblemException.class) != null) {
                    throw new ChunkWriter.Refused(position);
                }
                throw e;
            }
        }
        // One flush for the chunk: its inserts leave as JDBC batches. A failure here (e.g. a key another
        // call inserted meanwhile) is not an item's refusal, so the chunk is stored item by item.
        entityManager.flush();
        entityManager.clear();
        return stored;
    }

    /** One item in its own transaction: its result, or the problem it was refused with. */
    private <T> BulkResult.Item storeAlone(int index, T item, Function<T, BulkResult.Item> upsert) {
        try {
            BulkResult.Item result = QuarkusTransaction.requiringNew().call(() -> upsert.apply(item));
            return new BulkResult.Item(index, result.status(), result.id(), null);
        } catch (RuntimeException e) {
            ProblemException refused = find(e, ProblemException.class);
            if (refused != null) {
                return failed(index, refused);
            }
            throw e;
        }
    }

    /**
     * Tries a chunk as {@link ChunkWriter} stores it, in transactions that are all rolled back. A refused item dooms
     * its transaction (the service's transactional boundary marks it rollback-only), so the items after it are
     * tried in a new one that first repeats the chunk's accepted items: each item sees the chunk's items before
     * it, as in a real run, where they were committed.
     */
    private final class DryRun<T> {

        private final List<T> items;
        private final Function<T, String> key;
        private final Consumer<List<String>> prefetch;
        private final Function<T, BulkResult.Item> upsert;
        private final BulkResult.Item[] results;

        DryRun(List<T> items, Function<T, String> key, Consumer<List<String>> prefetch, Function<T, BulkResult.Item> upsert,
                BulkResult.Item[] results) {
            this.items = items;
            this.key = key;
            this.prefetch = prefetch;
            this.upsert = upsert;
            this.results = results;
        }

        void tryChunk(List<Integer> chunk) {
            int from = 0;
            while (from < chunk.size()) {
                List<Integer> accepted = chunk.subList(0, from).stream().filter(index -> results[index].status() < 300).toList();
                List<Integer> rest = chunk.subList(from, chunk.size());
                ItemRefused refused = attempt(accepted, rest);
                if (refused == null) {
                    return;
                }
                int index = rest.get(refused.position);
                results[index] = failed(index, refused.problem);
                from += refused.position + 1;
            }
        }

        /** Repeats {@code accepted}, then tries {@code rest} up to a refused item; always rolled back. */
        private ItemRefused attempt(List<Integer> accepted, List<Integer> rest) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    prefetch.accept(Stream.concat(accepted.stream(), rest.stream()).map(index -> key.apply(items.get(index))).toList());
                    accepted.forEach(index -> upsert.apply(items.get(index)));
                    for (int position = 0; position < rest.size(); position++) {
                        int index = rest.get(position);
                        try {
                            BulkResult.Item result = upsert.apply(items.get(index));
                            results[index] = new BulkResult.Item(index, result.status(), result.id(), null);
                        } catch (RuntimeException e) {
                            ProblemException problem = find(e, ProblemException.class);
                            if (problem == null) {
                                throw e;
                            }
                            throw new ItemRefused(position, problem);
                        }
                    }
                    entityManager.flush();
                    throw new DryRunDone();
                });
            } catch (RuntimeException e) {
                ItemRefused refused = find(e, ItemRefused.class);
                if (refused != null) {
                    return refused;
                }
                if (find(e, DryRunDone.class) == null) {
                    throw e;
                }
            }
            return null;
        }
    }

    /** Ends a dry run's transaction by rolling it back: its results are already taken. */
    private static final class DryRunDone extends RuntimeException {

        DryRunDone() {
            super(null, null, false, false);
        }
    }

    /** Rolls a dry run's transaction back; {@code position} is the refused item's place in the chunk, with its problem. */
    private static final class ItemRefused extends RuntimeException {

        final int position;
        final ProblemException problem;

        ItemRefused(int position, ProblemException problem) {
            super(null, null, false, false);
            this.position = position;
            this.problem = problem;
        }
    }

    /** {@code e} or its cause of the given type: a transaction may wrap what its work threw. */
    static <X extends Throwable> X find(Throwable e, Class<X> type) {
        for (Throwable current = e; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }

    private static BulkResult.Item failed(int index, ProblemException refused) {
        return new BulkResult.Item(index, refused.status(), null, refused.toProblem(null));
    }
}
