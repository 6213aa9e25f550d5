package it.toscana.monitoring.funding.rest;

import java.math.BigDecimal;
import java.util.UUID;

import it.toscana.monitoring.events.funding.DeclaredTotalStateV2.Scope;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.VersionedBody;

public record DeclaredTotalResponse(UUID id, String communityCode, Scope scope, String label, String fundingLineCode, BigDecimal amount,
        Source source, String note, long version) implements VersionedBody {
}
