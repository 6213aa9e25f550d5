package it.toscana.monitoring.events.funding;

import it.toscana.monitoring.events.Versioned;

/** A funding line (a Table 1 row): VOIP, TELECENTRI, SUAP, START, PAAS, CART… */
public record FundingLineState(String code, String name, String description, long version) implements Versioned {

    @Override
    public String aggregateId() {
        return code;
    }
}
