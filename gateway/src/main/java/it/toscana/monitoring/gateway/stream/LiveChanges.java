package it.toscana.monitoring.gateway.stream;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import it.toscana.monitoring.gateway.changes.ChangeEntry;
import it.toscana.monitoring.gateway.changes.ChangeFeedReader;
import it.toscana.monitoring.gateway.changes.ChangeFeedReader.Slice;
import it.toscana.monitoring.gateway.changes.ChangeFilter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Fan-out of newly logged changes to the open streams. The projection's consumer only says "a batch
 * committed": a thread of its own reads what the log gained since (committed rows, so never a change that
 * was rolled back) and hands it on, and each stream receives on a worker, so a slow or stuck client never
 * holds up the consumer or another stream. A stream that cannot keep up misses batches and reads them from
 * the log instead (see {@link ChangeStreams}).
 */
@ApplicationScoped
public class LiveChanges {

    private static final Logger LOG = Logger.getLogger(LiveChanges.class);
    private static final int READ_AT_ONCE = 1000;

    @Inject
    ChangeFeedReader reader;

    private final BroadcastProcessor<List<ChangeEntry>> processor = BroadcastProcessor.create();
    private final ExecutorService fanOut = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "changes-fan-out");
        thread.setDaemon(true);
        return thread;
    });
    // Only the fan-out thread touches it: the last position handed on.
    private long announced;

    /** Starts from the log's head before the consumer applies its first batch. */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup) {
        fanOut.execute(() -> announced = reader.head());
    }

    /** A batch committed: hands on, in order, what the log gained since the last announcement. */
    public void announce() {
        fanOut.execute(() -> {
            try {
                Slice slice;
                do {
                    slice = reader.read(announced, ChangeFilter.ALL, READ_AT_ONCE);
                    announced = slice.through();
                    if (!slice.items().isEmpty()) {
                        processor.onNext(slice.items());
                    }
                } while (slice.items().size() == READ_AT_ONCE);
            } catch (RuntimeException e) {
                // the streams' heartbeat reads the log again: nothing is lost, only later
                LOG.warnf("Could not read the change log for the open streams: %s", e.getMessage());
            }
        });
    }

    /** Batches of changes from now on, each on a worker; a subscriber that cannot keep up misses some. */
    public Multi<List<ChangeEntry>> batches() {
        return processor.onOverflow().drop().emitOn(Infrastructure.getDefaultWorkerPool());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        fanOut.shutdownNow();
    }
}
