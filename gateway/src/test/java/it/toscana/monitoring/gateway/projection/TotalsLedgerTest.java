package it.toscana.monitoring.gateway.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.gateway.projection.TotalsLedger.AggregateKey;
import it.toscana.monitoring.gateway.projection.TotalsLedger.DayKey;
import it.toscana.monitoring.gateway.projection.TotalsLedger.RevisionKey;

/**
 * The ledger nets a whole batch in memory: whatever the versions, moves and removals in it, the cells it
 * writes equal those of applying each event in a batch of its own.
 */
class TotalsLedgerTest {

    private static final LocalDate DAY = LocalDate.of(2009, 9, 19);
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00.250Z");
    private static final Instant T2 = Instant.parse("2026-11-01T10:00:00.750Z");
    private static final Instant T3 = Instant.parse("2026-11-01T10:00:05Z");
    private static final AggregateKey A = new AggregateKey("funding.allocation", "a");
    private static final AggregateKey B = new AggregateKey("funding.allocation", "b");

    @Test
    void aBatchWithSeveralVersionsMovesAndARemovalWritesWhatEventByEventWould() {
        List<Step> steps = List.of(new Step(A, T1, assigned("here", "100.00")), new Step(A, T2, assigned("here", "150.00")),
                new Step(B, T2, assigned("here", "7.00")), new Step(A, T3, assigned("there", "150.00")),
                new Step(B, T3, new Contribution.Removed()));
        MemoryStore oneBatch = new MemoryStore();
        TotalsLedger ledger = ledger(oneBatch);
        ledger.prepare(List.of(A, B));
        steps.forEach(step -> ledger.apply(step.aggregate(), step.at(), step.contribution()));
        ledger.flush();
        MemoryStore eventByEvent = new MemoryStore();
        TotalsLedger single = ledger(eventByEvent);
        for (Step step : steps) {
            single.prepare(List.of(step.aggregate()));
            single.apply(step.aggregate(), step.at(), step.contribution());
            single.flush();
        }

        assertEquals(nonZero(eventByEvent.totals), nonZero(oneBatch.totals));
        assertEquals(nonZero(eventByEvent.days), nonZero(oneBatch.days));
        assertEquals(nonZero(eventByEvent.revisions), nonZero(oneBatch.revisions));
        assertEquals(eventByEvent.segments, oneBatch.segments);
        assertEquals(Map.of(cell("there"), money("150.00")), nonZero(oneBatch.totals));
        // T1 and T2 fall in the same recording second (rounded up to 10:00:01): their changes are netted there
        assertEquals(money("157.00"), oneBatch.revisions.get(new RevisionKey(cell("here"), DAY,
                Instant.parse("2026-11-01T10:00:01Z"))));
        assertEquals(List.of(), oneBatch.segments.getOrDefault(B, List.of()));
    }

    private record Step(AggregateKey aggregate, Instant at, Contribution contribution) {
    }

    private static Contribution assigned(String community, String amount) {
        return new Contribution.WholeHistory(List.of(Segment.from(DAY, cell(community), money(amount))));
    }

    private static Cell cell(String community) {
        return new Cell(community, Family.MONEY, "LOCAL_PROGRAMME", "", "VOIP", "", "", "", Measure.ASSIGNED);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static <K> Map<K, BigDecimal> nonZero(Map<K, BigDecimal> values) {
        Map<K, BigDecimal> result = new HashMap<>();
        values.forEach((key, value) -> {
            if (value.signum() != 0) {
                result.put(key, value);
            }
        });
        return result;
    }

    private static TotalsLedger ledger(LedgerStore store) {
        TotalsLedger ledger = new TotalsLedger();
        ledger.store = store;
        return ledger;
    }

    /** The store's tables as maps, adding changes as the SQL upserts do. */
    private static final class MemoryStore extends LedgerStore {
        final Map<Cell, BigDecimal> totals = new HashMap<>();
        final Map<DayKey, BigDecimal> days = new HashMap<>();
        final Map<RevisionKey, BigDecimal> revisions = new HashMap<>();
        final Map<AggregateKey, List<Segment>> segments = new HashMap<>();

        @Override
        Map<AggregateKey, List<Segment>> segments(Collection<AggregateKey> aggregates) {
            Map<AggregateKey, List<Segment>> found = new HashMap<>();
            aggregates.stream().filter(segments::containsKey).forEach(key -> found.put(key, segments.get(key)));
            return found;
        }

        @Override
        void writeTotals(Map<Cell, BigDecimal> changes) {
            changes.forEach((key, value) -> totals.merge(key, value, BigDecimal::add));
        }

        @Override
        void writeDays(Map<DayKey, BigDecimal> changes) {
            changes.forEach((key, value) -> days.merge(key, value, BigDecimal::add));
        }

        @Override
        void writeRevisions(Map<RevisionKey, BigDecimal> changes) {
            changes.forEach((key, value) -> revisions.merge(key, value, BigDecimal::add));
        }

        @Override
        void writeSegments(Map<AggregateKey, List<Segment>> changes) {
            changes.forEach((key, value) -> {
                if (value.isEmpty()) {
                    segments.remove(key);
                } else {
                    segments.put(key, value);
                }
            });
        }

        @Override
        void writeActivity(Map<String, Instant> lastEventTimes) {
        }
    }
}
