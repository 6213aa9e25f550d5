package it.toscana.monitoring.gateway.stream;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Counts open streams per client and in all, within {@link StreamConfig}'s caps. */
@ApplicationScoped
public class OpenStreams {

    /** Seconds a refused client is told to wait: streams end within their lifetime, most sooner. */
    private static final long RETRY_AFTER_SECONDS = 30;

    @Inject
    StreamConfig config;

    private final ConcurrentHashMap<String, AtomicInteger> perClient = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    /** How many streams are open now, of all clients. */
    public int total() {
        return total.get();
    }

    /**
     * Takes a slot for one more stream of {@code client}, or refuses: 429 past the client's cap,
     * 503 past the total. Run the returned release once the stream ends (it runs at most once).
     */
    public Runnable open(String client) {
        if (total.incrementAndGet() > config.maxTotal()) {
            total.decrementAndGet();
            throw ProblemException.unavailable("The gateway serves " + config.maxTotal() + " streams at most; retry later.",
                    RETRY_AFTER_SECONDS);
        }
        int mine = perClient.computeIfAbsent(client, key -> new AtomicInteger()).incrementAndGet();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                total.decrementAndGet();
                perClient.computeIfPresent(client, (key, count) -> count.decrementAndGet() <= 0 ? null : count);
            }
        };
        if (mine > config.maxPerClient()) {
            release.run();
            throw new ProblemException(ProblemType.RATE_LIMITED,
                    "This client has " + config.maxPerClient() + " streams open already; close one first.", List.of());
        }
        return release;
    }
}
