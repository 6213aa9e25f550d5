package it.toscana.monitoring.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.VersionedBody;

public record CallResponse(String code, String title, String target, BigDecimal budget, LocalDate opensOn,
        LocalDate deadline, String deadlinePrinted, Source source, long version) implements VersionedBody {
}
