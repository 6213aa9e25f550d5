package it.toscana.monitoring.territory.api;

import java.time.LocalDate;

import it.toscana.monitoring.platform.rest.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A municipality's membership of a community from {@code validFrom}, until {@code validTo} (inclusive) when set. */
public record MembershipRequest(
        @NotNull @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
        @NotBlank String communityCode,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {
}
