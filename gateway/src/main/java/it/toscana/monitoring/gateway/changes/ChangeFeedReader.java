package it.toscana.monitoring.gateway.changes;

import java.util.List;

import it.toscana.monitoring.gateway.changes.ChangeLogStore.Head;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads the change log for the feed, the stream and the webhooks. */
@ApplicationScoped
public class ChangeFeedReader {

    /** Changes in order, and the position read through: the next read starts after it (a cursor even when no change matched). */
    public record Slice(List<ChangeEntry> items, long through) {
    }

    @Inject
    ChangeLogStore store;

    // the purge mark as of the last look at the head: lets a stream refuse a stale Last-Event-ID without a query
    private volatile long purgedThrough;

    /**
     * Up to {@code limit} changes after position {@code after} (from the oldest kept when null).
     * 410 when changes after it were purged already, or when it is past any position handed out.
     */
    @Transactional
    public Slice read(Long after, ChangeFilter filter, int limit) {
        // the head first: every position up to it is committed, so reading up to it can skip nothing
        Head head = look();
        long from = after == null ? head.purgedThrough() : after;
        if (from < head.purgedThrough()) {
            throw expired();
        }
        if (from > head.lastPosition()) {
            throw ProblemException.of(ProblemType.CURSOR_EXPIRED,
                    "This cursor is not from this gateway's change log. Read the collections again, then follow the feed without a cursor.");
        }
        List<ChangeEntry> items = store.read(from, head.lastPosition(), filter, limit);
        return new Slice(items, items.size() == limit ? items.get(items.size() - 1).position() : head.lastPosition());
    }

    /** The last position handed out. */
    @Transactional
    public long head() {
        return look().lastPosition();
    }

    /** 410 when changes after {@code after} were purged, as of the last look at the log (no query). */
    public void refuseIfPurged(long after) {
        if (after < purgedThrough) {
            throw expired();
        }
    }

    private Head look() {
        Head head = store.head();
        purgedThrough = head.purgedThrough();
        return head;
    }

    private static ProblemException expired() {
        return ProblemException.of(ProblemType.CURSOR_EXPIRED, "Changes after this cursor are past the retention window and "
                + "no longer kept. Read the collections again, then follow the feed without a cursor.");
    }

    /** Checks a resume position now, so a stale one is refused before a stream opens; answers it. */
    public long check(long after) {
        read(after, ChangeFilter.ALL, 1);
        return after;
    }
}
