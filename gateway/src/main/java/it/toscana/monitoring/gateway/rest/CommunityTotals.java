package it.toscana.monitoring.gateway.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** What the gateway knows of one community, as of its last applied event. */
public record CommunityTotals(
        Community community,
        Money money,
        Instant lastChangedAt,
        Map<String, Long> lagByTopic) {

    public record Community(String code, String name, String kind, long version) {
    }

    /** EUR; to pay = assigned - paid. */
    public record Money(BigDecimal assigned, BigDecimal paid, BigDecimal toPay) {

        public static final Money ZERO = new Money(euro(0), euro(0), euro(0));

        private static BigDecimal euro(long cents) {
            return BigDecimal.valueOf(cents, 2);
        }
    }
}
