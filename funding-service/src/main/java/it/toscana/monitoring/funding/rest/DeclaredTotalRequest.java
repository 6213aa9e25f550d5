package it.toscana.monitoring.funding.rest;

import java.math.BigDecimal;

import it.toscana.monitoring.events.funding.DeclaredTotalStateV2.Scope;
import it.toscana.monitoring.funding.domain.Money;
import it.toscana.monitoring.funding.domain.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A printed total: a community's Table 2 / Table 3 / grand total, or a Table 1 cell (community and
 * line), line total (line only), community total (community only) or grand total (neither), or a
 * Scheda page's headline figure (scope SCHEDA, with the label that names it, e.g. the page's title).
 */
public record DeclaredTotalRequest(
        @Size(max = 100) String communityCode,
        @NotNull Scope scope,
        // Required for SCHEDA (checked by the service); names the figure among its community's others.
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String label,
        @Size(max = 100) String fundingLineCode,
        @NotNull @Money BigDecimal amount,
        @NotNull @Valid Source source,
        @Size(max = 4000) String note) {
}
