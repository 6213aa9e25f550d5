package it.toscana.monitoring.gateway.totals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Assembled totals, kept until the projections change. Every committed batch of events (and a
 * rebuild) starts a new generation; an answer is reused only within the generation it was
 * computed in. The generation is read before computing, so an answer computed while a batch
 * commits is filed under the older generation and never outlives it: reads stay as current as
 * the projections. At most {@value #CAPACITY} answers are kept, least recently used first out.
 */
@ApplicationScoped
public class TotalsCache {

    static final int CAPACITY = 1024;

    private record Entry(long generation, Object value) {
    }

    private final AtomicLong generation = new AtomicLong();

    private final Map<Object, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Called after the projections' transaction committed. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    /** @param key a value object naming the read (record: equals and hashCode by value) */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        long current = generation.get();
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.generation() == current) {
            return (T) entry.value();
        }
        T value = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry(current, value));
        }
        return value;
    }
}
