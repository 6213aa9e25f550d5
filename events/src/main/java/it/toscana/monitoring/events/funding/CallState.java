package it.toscana.monitoring.events.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.Versioned;

/** A call for projects (avviso) with its budget, opening date and deadline. */
public record CallState(
        String code,
        String title,
        String target,
        BigDecimal budget,
        LocalDate opensOn,
        LocalDate deadline,
        SourceReference source,
        long version) implements Versioned {

    @Override
    public String aggregateId() {
        return code;
    }
}
