package it.toscana.monitoring.gateway.projection;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.toscana.monitoring.events.funding.AllocationStateV2.MunicipalityShare;

/**
 * Splits an amount over municipalities by weight, to the cent, so that the parts always add up to the
 * amount exactly: each part is rounded down, and the cents left go one each to the largest remainders
 * (ties to the municipality listed first).
 */
final class Shares {

    private Shares() {
    }

    /** @return the part of each municipality, in the order given; empty when there is nothing to split by */
    static Map<String, BigDecimal> split(BigDecimal amount, List<MunicipalityShare> shares) {
        BigDecimal totalWeight = shares.stream().map(MunicipalityShare::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        if (shares.isEmpty() || totalWeight.signum() <= 0) {
            return parts;
        }
        if (amount.signum() < 0) { // a correcting entry: split its size, keep its sign
            split(amount.negate(), shares).forEach((code, part) -> parts.put(code, part.negate()));
            return parts;
        }
        BigInteger cents = amount.movePointRight(2).toBigIntegerExact();
        List<Remainder> remainders = new ArrayList<>();
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal exact = new BigDecimal(cents).multiply(shares.get(i).weight());
            BigDecimal[] division = exact.divideAndRemainder(totalWeight);
            BigInteger floor = division[0].toBigInteger();
            given = given.add(floor);
            parts.merge(shares.get(i).istatCode(), new BigDecimal(floor), BigDecimal::add);
            remainders.add(new Remainder(i, division[1].divide(totalWeight, 12, RoundingMode.DOWN)));
        }
        remainders.sort(Comparator.comparing(Remainder::fraction).reversed().thenComparing(Remainder::index));
        int left = cents.subtract(given).intValueExact();
        for (int i = 0; i < left; i++) {
            parts.merge(shares.get(remainders.get(i).index()).istatCode(), BigDecimal.ONE, BigDecimal::add);
        }
        parts.replaceAll((code, partCents) -> partCents.movePointLeft(2).setScale(2));
        return parts;
    }

    private record Remainder(int index, BigDecimal fraction) {
    }
}
