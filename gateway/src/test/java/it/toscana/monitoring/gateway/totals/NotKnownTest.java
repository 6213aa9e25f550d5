package it.toscana.monitoring.gateway.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.gateway.totals.view.RolloutTotals;

/** A rollout part the totals leave null says why: a part added to RolloutTotals without its reason fails here. */
class NotKnownTest {

    @Test
    void everyRolloutPartThatIsNullHasItsReason() {
        RolloutTotals nothing = new RolloutTotals(null, null, null, null, null);
        Set<String> reasons = new NotKnown("for this community", TotalsQuery.current()).rollout("rollout", nothing).reasons().keySet();
        Set<String> parts = Arrays.stream(RolloutTotals.class.getRecordComponents()).map(RecordComponent::getName)
                .map(part -> "rollout." + part).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(parts, new TreeSet<>(reasons));
    }

    @Test
    void aServiceNoEntityReportedIsNotKnownWhileTheOthersAre() {
        RolloutTotals.AdhesionCounts urp = new RolloutTotals.AdhesionCounts(5, Map.of("IN_PROGRESS", 5L), 2);
        RolloutTotals onlyUrp = new RolloutTotals(null, null, null, null, new RolloutTotals.ServiceAdhesions(null, null, urp));
        assertEquals("No SUAP adhesion is recorded for this community on 2009-09-19.",
                new NotKnown("for this community", new TotalsQuery(LocalDate.of(2009, 9, 19), null, null, null, null))
                        .rollout("rollout", onlyUrp).reasons().get("rollout.serviceAdhesions.suap"));
    }
}
