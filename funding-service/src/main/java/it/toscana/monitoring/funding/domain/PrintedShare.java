package it.toscana.monitoring.funding.domain;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A municipality's share of an allocation as its document prints it. */
@Schema(description = "A municipality's share of the amount assigned, as the document prints it")
public record PrintedShare(
        @Schema(description = "ISTAT code of the municipality", example = "046003")
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit ISTAT code") String istatCode,
        @Schema(description = "Its printed share in EUR", example = "21666.67")
        @NotNull @Money BigDecimal amount) {
}
