package it.toscana.monitoring.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV2.Scope;
import it.toscana.monitoring.funding.domain.Money;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.time.BusinessDate;
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
        @Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String label,
        @Size(max = 100) String fundingLineCode,
        @NotNull @Money BigDecimal amount,
        @NotNull @Valid Source source,
        @Size(max = 4000) String note,
        @Schema(description = ApiText.DOCUMENT_DATE)
        LocalDate documentDate,
        @Schema(description = ApiText.DOCUMENT_DATE_SOURCE)
        DateSource documentDateSource) {

    public BusinessDate documentDateAsGiven() {
        if (documentDateSource == DateSource.DOCUMENT_DATE) {
            // the figure is the document's own: its date is stated, not borrowed from the document
            throw ProblemException.invalidField("documentDateSource", "must be STATED or RECORDING_DATE: a declared"
                    + " total's date is its document's own");
        }
        return BusinessDate.given("documentDate", documentDate, documentDateSource);
    }
}
