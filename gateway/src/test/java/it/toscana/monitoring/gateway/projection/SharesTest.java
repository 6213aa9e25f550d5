package it.toscana.monitoring.gateway.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.events.funding.AllocationStateV2.MunicipalityShare;

class SharesTest {

    @Test
    void equalSharesAddUpToTheAmountWithTheLeftoverCentsOnTheFirst() {
        assertEquals(Map.of("A", money("33.34"), "B", money("33.33"), "C", money("33.33")),
                Shares.split(money("100.00"), shares("A", 1, "B", 1, "C", 1)));
    }

    @Test
    void theLargestRemaindersGetTheLeftoverCents() {
        // 10.00 by 1:2:3 = 1.666.. / 3.333.. / 5.00: the cent goes to A (.666 beats .333)
        assertEquals(Map.of("A", money("1.67"), "B", money("3.33"), "C", money("5.00")),
                Shares.split(money("10.00"), shares("A", 1, "B", 2, "C", 3)));
    }

    @Test
    void printedAmountsAsWeightsGiveThemBack() {
        assertEquals(Map.of("A", money("700.10"), "B", money("299.90")),
                Shares.split(money("1000.00"), shares("A", new BigDecimal("700.10"), "B", new BigDecimal("299.90"))));
    }

    @Test
    void aCorrectingEntryKeepsItsSign() {
        assertEquals(Map.of("A", money("-0.51"), "B", money("-0.50")),
                Shares.split(money("-1.01"), shares("A", 1, "B", 1)));
    }

    @Test
    void nothingToSplitByGivesNoParts() {
        assertEquals(Map.of(), Shares.split(money("5.00"), List.of()));
        assertEquals(Map.of(), Shares.split(money("5.00"), shares("A", 0, "B", 0)));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static List<MunicipalityShare> shares(Object... codesAndWeights) {
        List<MunicipalityShare> shares = new java.util.ArrayList<>();
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            Object weight = codesAndWeights[i + 1];
            shares.add(new MunicipalityShare((String) codesAndWeights[i],
                    weight instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Integer) weight).longValue())));
        }
        return shares;
    }
}
