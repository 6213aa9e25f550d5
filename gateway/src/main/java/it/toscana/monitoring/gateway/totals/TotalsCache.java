package it.toscana.monitoring.gateway.totals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Assembled totals, kept until the projections change. Every committed batch of events (and a
 * rebuild) starts a new generation; an answer is reused only within the generation it was
 * computed in. The generation is read before computing, so an answer computed while a batch
 * commits is filed under the older generation and never outlives it: reads stay as current as
 * the projections. Concurrent reads of the same missing answer wait for one computation instead of
 * each running their own (the region's totals are the costliest read). At most {@value #CAPACITY}
 * answers are kept: past it, answers of older generations go first.
 */
@ApplicationScoped
public class TotalsCache {

    static final int CAPACITY = 1024;

    private record Entry(long generation, CompletableFuture<Object> value) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();

    /** Called after the projections' transaction committed. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    /** The projections' generation: it changes whenever a read could answer differently. */
    public long generation() {
        return generation.get();
    }

    /** @param key a value object naming the read (record: equals and hashCode by value) */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        long current = generation.get();
        Entry fresh = new Entry(current, new CompletableFuture<>());
        Entry entry = entries.compute(key, (k, old) -> old != null && old.generation() == current ? old : fresh);
        if (entry == fresh) {
            try {
                fresh.value().complete(compute.get());
            } catch (Throwable e) { // any failure must complete the future, or readers waiting on it hang
                entries.remove(key, fresh); // a failed read (e.g. 404) is not kept
                fresh.value().completeExceptionally(e);
            }
            evictIfFull(current);
        }
        try {
            return (T) entry.value().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The answer kept for {@code key} in the current generation, when it is computed; null otherwise (never computes). */
    @SuppressWarnings("unchecked")
    public <T> T peek(Object key) {
        Entry entry = entries.get(key);
        if (entry == null || entry.generation() != generation.get() || !entry.value().isDone()
                || entry.value().isCompletedExceptionally()) {
            return null;
        }
        return (T) entry.value().join();
    }

    private void evictIfFull(long current) {
        if (entries.size() > CAPACITY) {
            entries.values().removeIf(entry -> entry.generation() != current);
            if (entries.size() > CAPACITY) {
                entries.clear();
            }
        }
    }
}
