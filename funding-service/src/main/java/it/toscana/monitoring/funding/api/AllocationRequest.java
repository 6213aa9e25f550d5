package it.toscana.monitoring.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.funding.AllocationState.Category;
import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.events.funding.AllocationStateV2.Detail;
import it.toscana.monitoring.funding.domain.AllocationProvenance;
import it.toscana.monitoring.funding.domain.Commitment;
import it.toscana.monitoring.funding.domain.LegalAct;
import it.toscana.monitoring.funding.domain.Money;
import it.toscana.monitoring.funding.domain.PrintedShare;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.time.BusinessDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An allocation as written by a client. Paid and to-pay are derived from payments: sending them
 * is refused rather than silently ignored.
 */
public record AllocationRequest(
        @Size(max = 200) String externalId,
        @NotBlank @Size(max = 100) String communityCode,
        @NotBlank @Size(max = 100) String fundingLineCode,
        @NotBlank @Size(max = 1000) String title,
        @NotNull Section section,
        Category category,
        @Schema(description = ApiText.DETAIL)
        Detail detail,
        @NotNull @Money BigDecimal amountAssigned,
        @Schema(readOnly = true) @Null(message = "is derived from the payments; record payments instead") BigDecimal amountPaid,
        @Schema(readOnly = true) @Null(message = "is derived from the payments; record payments instead") BigDecimal amountToPay,
        boolean communityParticipates,
        @Size(max = 500) List<@NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit ISTAT code") String> municipalityIstatCodes,
        @Schema(description = ApiText.PRINTED_SHARES)
        @Size(max = 500) List<@Valid @NotNull PrintedShare> municipalityShares,
        @Size(max = 100) List<@Valid @NotNull LegalAct> legalActs,
        @Size(max = 50) String programmePeriod,
        @Schema(description = ApiText.ASSIGNED_ON)
        LocalDate assignedOn,
        @Schema(description = ApiText.DATE_SOURCE)
        DateSource assignedOnSource,
        @Size(max = 100) List<@NotNull @Size(max = 4000) String> notes,
        @Valid Source source,
        @Valid AllocationProvenance provenance,
        @Schema(description = ApiText.CUP, example = "D12B09000120002")
        @Pattern(regexp = ApiText.CUP_PATTERN, message = "must be a CUP: 15 uppercase letters and digits") String cup,
        @Schema(description = ApiText.COMMITMENT)
        @Valid Commitment commitment) {

    public List<String> municipalities() {
        return municipalityIstatCodes == null ? List.of() : municipalityIstatCodes;
    }

    /** The municipalities named, else those the printed shares name. */
    public List<String> effectiveMunicipalities() {
        return !municipalities().isEmpty() ? municipalities() : printedShares().stream().map(PrintedShare::istatCode).toList();
    }

    public List<PrintedShare> printedShares() {
        return municipalityShares == null ? List.of() : municipalityShares;
    }

    public BusinessDate assignedOnAsGiven() {
        return BusinessDate.given("assignedOn", assignedOn, assignedOnSource);
    }

    public Detail detailOrDefault() {
        return detail == null ? Detail.PROJECT : detail;
    }
}
