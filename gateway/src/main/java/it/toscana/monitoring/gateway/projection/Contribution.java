package it.toscana.monitoring.gateway.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one version of a source aggregate contributes to the totals, and how it combines with what the
 * aggregate contributed before.
 */
public sealed interface Contribution {

    /** Aggregates whose community is not known yet still count in the region's totals. */
    String UNATTRIBUTED = "";

    /** The segments this aggregate holds after this version, given those it held before. */
    List<Segment> after(List<Segment> before);

    /**
     * A payload that carries the aggregate's whole history in business time (an allocation with its dated
     * payments, a PAAS point with its status and usage history): its segments replace all earlier ones.
     */
    record WholeHistory(List<Segment> segments) implements Contribution {
        @Override
        public List<Segment> after(List<Segment> before) {
            return segments;
        }
    }

    /**
     * A state that holds "since" a date (a broadband or CART status, a telecentre's figures): it replaces
     * what the aggregate contributed from that date on, and ends what held before it. A later-recorded
     * version with the same or an earlier date is a correction and supersedes the earlier one from its date.
     * Only the versions still on the (compacted) topic survive a rebuild, so older states may then be lost.
     */
    record StateSince(LocalDate since, List<Segment> segments) implements Contribution {
        @Override
        public List<Segment> after(List<Segment> before) {
            List<Segment> result = new ArrayList<>();
            for (Segment segment : before) {
                if (segment.from().isBefore(since)) {
                    Segment kept = segment.to() == null || segment.to().isAfter(since) ? segment.until(since) : segment;
                    result.add(kept);
                }
            }
            result.addAll(segments);
            return result;
        }
    }

    /** A deleted aggregate contributes nothing, at any date. */
    record Removed() implements Contribution {
        @Override
        public List<Segment> after(List<Segment> before) {
            return List.of();
        }
    }
}
