package it.toscana.monitoring.gateway.stream;

import java.time.Instant;
import java.util.Set;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** Fan-out of "these totals changed" to the open server-sent-event streams. */
@ApplicationScoped
public class TotalsChanges {

    /** {@code community} is empty for figures that belong to the region only. */
    public record TotalsChanged(String community, Instant at) {
    }

    private final BroadcastProcessor<TotalsChanged> processor = BroadcastProcessor.create();

    public void announce(Set<String> communities) {
        Instant now = Instant.now();
        communities.forEach(community -> processor.onNext(new TotalsChanged(community, now)));
    }

    /** Changes from now on; all communities when {@code community} is null. */
    public Multi<TotalsChanged> stream(String community) {
        return processor.filter(change -> community == null || community.equals(change.community()));
    }
}
