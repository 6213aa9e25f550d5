package it.toscana.monitoring.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV2.Scope;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.VersionedBody;

public record DeclaredTotalResponse(UUID id, String communityCode, Scope scope, String label, String fundingLineCode, BigDecimal amount,
        Source source, String note,
        @Schema(description = ApiText.DOCUMENT_DATE) LocalDate documentDate,
        @Schema(description = ApiText.DOCUMENT_DATE_SOURCE) DateSource documentDateSource,
        long version) implements VersionedBody {
}
