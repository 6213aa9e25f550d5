package it.toscana.monitoring.gateway.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.gateway.changes.ChangeLogStore.EntityKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes the change log in the projection's transaction: what a batch applied is collected by
 * {@link #record} and written by {@link #flush}, just before the batch commits, so the log never says
 * more or less than the totals.
 * <p>
 * Positions are gapless for readers: the one consumer thread applies one batch per transaction, and
 * takes the batch's positions from the single head row inside that transaction (its row lock would make
 * any other writer wait). A reader therefore sees positions appear in order, never 11 before 10 — which a
 * database sequence would allow, as a transaction holding 10 may commit after the one holding 11, and a
 * reader at 11 would skip 10 for good. A batch that rolls back returns its positions with it.
 * <p>
 * A rebuild keeps the log: the replayed versions are logged only when newer than the newest version logged
 * of their entity (kept apart, never purged), so a stored cursor sees neither a repeat nor a gap, and a
 * version the topics hold that the log missed still gets logged.
 */
@ApplicationScoped
public class ChangeLog {

    private record Pending(EntityKey entity, long version, LocalDate businessTime, CloudEvent event, Set<String> communities) {
    }

    @Inject
    ChangeLogStore store;

    // Only the consumer's thread touches it: filled while a batch applies, written and cleared by flush().
    private final List<Pending> pending = new ArrayList<>();

    /** Starts a batch: forgets what a failed one left. */
    public void begin() {
        pending.clear();
    }

    /** One applied event: its entity's new version, the latest business day it moved and the communities it touched. */
    public void record(CloudEvent event, Set<String> communities, LocalDate businessTime) {
        pending.add(new Pending(new EntityKey(EntityTypes.of(event.aggregateType()), event.subject()), event.version(),
                businessTime, event, communities));
    }

    /** Writes the batch's changes not logged before, at the next positions, in the order they were applied. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<EntityKey, Long> logged = new HashMap<>(store.loggedVersions(pending.stream().map(Pending::entity).distinct().toList()));
        List<Pending> fresh = new ArrayList<>();
        for (Pending change : pending) {
            if (change.version() > logged.getOrDefault(change.entity(), -1L)) {
                fresh.add(change);
                logged.put(change.entity(), change.version());
            }
        }
        pending.clear();
        if (fresh.isEmpty()) {
            return;
        }
        long position = store.takePositions(fresh.size());
        List<ChangeEntry> entries = new ArrayList<>(fresh.size());
        Map<EntityKey, Long> newest = new HashMap<>();
        for (Pending change : fresh) {
            entries.add(new ChangeEntry(position++, change.entity().type(), change.entity().id(), change.version(),
                    change.businessTime(), change.event().time(), change.communities().stream().sorted().toList()));
            newest.put(change.entity(), change.version());
        }
        store.insert(entries);
        store.rememberVersions(newest);
    }
}
