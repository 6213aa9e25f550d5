package it.toscana.monitoring.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client, kept as the generic cell rate algorithm: one timestamp per client
 * (the "theoretical arrival time" of its next request), updated with compare-and-set, so a busy
 * gateway takes no lock. A client may send {@code burst} requests at once and then
 * {@code requestsPerSecond} on average.
 */
public final class RateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long intervalNanos;
    private final long toleranceNanos;
    private final int maxClients;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, AtomicLong> nextArrival = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    public RateLimiter(double requestsPerSecond, int burst, int maxClients, LongSupplier nanoClock) {
        if (requestsPerSecond <= 0 || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("a rate limit needs requestsPerSecond > 0, burst >= 1 and maxClients >= 1");
        }
        this.intervalNanos = Math.max(1, Math.round(NANOS_PER_SECOND / requestsPerSecond));
        this.toleranceNanos = intervalNanos * (burst - 1);
        this.maxClients = maxClients;
        this.clock = nanoClock;
        this.lastSweep = new AtomicLong(nanoClock.getAsLong());
    }

    /**
     * Takes one request from the client's bucket.
     *
     * @return 0 when the request is admitted, otherwise the nanoseconds until it would be
     */
    public long acquire(String client) {
        long now = clock.getAsLong();
        forgetIdleClients(now);
        AtomicLong arrival = nextArrival.computeIfAbsent(client, key -> new AtomicLong(now));
        while (true) {
            long expected = arrival.get();
            long start = Math.max(expected, now);
            if (start - now > toleranceNanos) {
                return start - toleranceNanos - now;
            }
            if (arrival.compareAndSet(expected, start + intervalNanos)) {
                return 0;
            }
        }
    }

    int trackedClients() {
        return nextArrival.size();
    }

    /**
     * Memory stays bounded: past {@code maxClients}, clients whose bucket has refilled are
     * forgotten (forgetting them changes nothing), at most once a second.
     */
    private void forgetIdleClients(long now) {
        long last = lastSweep.get();
        if (nextArrival.size() < maxClients || now - last < NANOS_PER_SECOND || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        nextArrival.values().removeIf(arrival -> arrival.get() <= now);
    }
}
