package it.toscana.monitoring.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.deployment.PaasPointStateV2;
import it.toscana.monitoring.events.funding.AllocationState;
import it.toscana.monitoring.events.funding.AllocationStateV2;

/** Events published before business time are read as dated by their own day, and say so. */
class BusinessTimeUpcastTest {

    private static final LocalDate RECORDED = LocalDate.of(2026, 11, 2);

    @Test
    void anUndatedV1AllocationIsDatedByItsRecordingDayWithItsPaidAmountAsOneTranche() {
        AllocationState v1 = new AllocationState("a1", null, "casentino", "VOIP", "VoIP",
                AllocationState.Section.LOCAL_PROGRAMME, null, new BigDecimal("100.00"), new BigDecimal("40.00"),
                new BigDecimal("60.00"), true, List.of("051001", "051002"), List.of(), "2007-2010", null, null, null, 4);

        AllocationStateV2 v2 = AllocationStateV2.of(v1, RECORDED);

        assertEquals(RECORDED, v2.assignedOn());
        assertEquals(DateSource.RECORDING_DATE, v2.assignedOnSource());
        assertEquals(1, v2.payments().size());
        assertEquals(new BigDecimal("40.00"), v2.payments().get(0).amount());
        assertEquals(RECORDED, v2.payments().get(0).date());
        assertEquals(AllocationStateV2.ShareRule.EQUAL, v2.shareRule());
        assertEquals(2, v2.municipalityShares().size());
        assertEquals(4, v2.version());
    }

    @Test
    void aV2AllocationStoredBeforeTheCupWasAddedReadsWithoutOne() throws Exception {
        String stored = """
                {"id": "a1", "communityCode": "casentino", "fundingLineCode": "VOIP", "title": "VoIP",
                 "section": "LOCAL_PROGRAMME", "detail": "PROJECT", "amountAssigned": 100.00, "amountPaid": 0.00,
                 "amountToPay": 100.00, "communityParticipates": true, "municipalityIstatCodes": [], "shareRule": "NONE",
                 "municipalityShares": [], "legalActs": [], "assignedOn": "2009-01-10", "assignedOnSource": "STATED",
                 "payments": [], "version": 3}""";

        AllocationStateV2 read = EventJson.mapper().readValue(stored, AllocationStateV2.class);

        assertEquals(null, read.cup());
        assertEquals(null, read.commitment());
        assertEquals(3, read.version());
    }

    @Test
    void aDatedV1AllocationKeepsItsActDate() {
        AllocationState v1 = new AllocationState("a1", null, "casentino", "VOIP", "VoIP",
                AllocationState.Section.LOCAL_PROGRAMME, null, new BigDecimal("100.00"), new BigDecimal("0.00"),
                new BigDecimal("100.00"), true, null, null, null, LocalDate.of(2008, 3, 1), null, null, 1);

        AllocationStateV2 v2 = AllocationStateV2.of(v1, RECORDED);

        assertEquals(LocalDate.of(2008, 3, 1), v2.assignedOn());
        assertEquals(DateSource.STATED, v2.assignedOnSource());
        assertEquals(List.of(), v2.payments());
        assertEquals(AllocationStateV2.ShareRule.NONE, v2.shareRule());
    }

    @Test
    void aV1PaasPointHoldsItsStatusFromItsRecordingDay() {
        PaasPointState v1 = new PaasPointState("p1", "casentino", "051001", null, null, List.of(),
                PaasPointState.Status.OPEN, null, null, 12, 80, true, LocalDate.of(2009, 9, 19), 2);

        PaasPointStateV2 v2 = PaasPointStateV2.of(v1, RECORDED);

        assertEquals(List.of(new PaasPointStateV2.StatusPeriod(PaasPointState.Status.OPEN, null, RECORDED)),
                v2.statusHistory());
        assertEquals(LocalDate.of(2009, 9, 19), v2.usageHistory().get(0).periodEnd());
        assertEquals(80, v2.usageHistory().get(0).accesses());
    }
}
