package it.toscana.monitoring.gateway.stream;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Fan-out of "these totals changed" to the open server-sent-event streams. The projection's
 * consumer only hands the change over: the fan-out runs on a thread of its own and each stream
 * receives on a worker, so a slow or stuck client never holds up the consumer or another stream;
 * a client that cannot keep up misses messages (each only says "read again") instead of queueing them.
 */
@ApplicationScoped
public class TotalsChanges {

    /** {@code community} is empty for figures that belong to the region only. */
    public record TotalsChanged(String community, Instant at) {
    }

    private final BroadcastProcessor<TotalsChanged> processor = BroadcastProcessor.create();
    private final ExecutorService fanOut = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "totals-fan-out");
        thread.setDaemon(true);
        return thread;
    });

    public void announce(Set<String> communities) {
        Instant now = Instant.now();
        Set<String> changed = Set.copyOf(communities);
        fanOut.execute(() -> changed.forEach(community -> processor.onNext(new TotalsChanged(community, now))));
    }

    /** Changes from now on; all communities when {@code community} is null. */
    public Multi<TotalsChanged> stream(String community) {
        return processor.onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .filter(change -> community == null || community.equals(change.community()));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        fanOut.shutdownNow();
    }
}
