package it.toscana.monitoring.gateway.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import it.toscana.monitoring.gateway.changes.ChangeEntry;
import it.toscana.monitoring.gateway.changes.ChangeFeedReader;
import it.toscana.monitoring.gateway.changes.ChangeFeedReader.Slice;
import it.toscana.monitoring.gateway.changes.ChangeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One client's stream of changes: every change after a position, in log order, with no gap and no repeat.
 * Each stream remembers the last position it sent. A live batch that follows on from it is sent as it is;
 * one that does not (a batch this stream missed, or the replay after Last-Event-ID) is read from the log.
 * The heartbeat also reads the log, so a change whose announcement was missed arrives by the next beat.
 */
@ApplicationScoped
public class ChangeStreams {

    /** A stream message: a change, or (change null) a heartbeat. */
    public record Message(ChangeEntry change) {

        static final Message HEARTBEAT = new Message(null);
    }

    private static final int READ_AT_ONCE = 500;
    /** Pages read from the log per wake-up; the rest follows at the next one, so a long replay does not hog a worker. */
    private static final int PAGES_AT_ONCE = 10;
    private static final Object START = new Object();
    private static final Object BEAT = new Object();

    @Inject
    LiveChanges live;

    @Inject
    ChangeFeedReader reader;

    @Inject
    StreamConfig config;

    /**
     * The changes after {@code resumeAfter} (from now on when null) that {@code filter} keeps, then the live ones,
     * with a heartbeat between. The log is read on a worker (a resume position purged meanwhile ends the stream;
     * the resource refused those it knew of with 410 already).
     */
    public Multi<Message> open(Long resumeAfter, ChangeFilter filter) {
        return Uni.createFrom().item(() -> resumeAfter == null ? reader.head() : reader.check(resumeAfter))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToMulti(after -> follow(after, filter));
    }

    private Multi<Message> follow(long after, ChangeFilter filter) {
        AtomicLong last = new AtomicLong(after);
        Multi<Object> wakeUps = Multi.createBy().merging().streams(
                Multi.createFrom().item(START),
                live.batches().map(batch -> (Object) batch),
                Multi.createFrom().ticks().every(config.heartbeat()).map(tick -> BEAT));
        return wakeUps.onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(wakeUp -> messages(wakeUp, last, filter));
    }

    @SuppressWarnings("unchecked")
    private List<Message> messages(Object wakeUp, AtomicLong last, ChangeFilter filter) {
        List<Message> messages = new ArrayList<>();
        if (wakeUp instanceof List<?> batch && !batch.isEmpty()
                && ((List<ChangeEntry>) batch).get(0).position() <= last.get() + 1) {
            for (ChangeEntry change : (List<ChangeEntry>) batch) {
                if (change.position() > last.get()) {
                    last.set(change.position());
                    if (filter.matches(change)) {
                        messages.add(new Message(change));
                    }
                }
            }
            return messages;
        }
        for (int page = 0; page < PAGES_AT_ONCE; page++) {
            Slice slice = reader.read(last.get(), filter, READ_AT_ONCE);
            slice.items().forEach(change -> messages.add(new Message(change)));
            last.set(slice.through());
            if (slice.items().size() < READ_AT_ONCE) {
                break;
            }
        }
        if (wakeUp == BEAT) {
            messages.add(Message.HEARTBEAT);
        }
        return messages;
    }
}
