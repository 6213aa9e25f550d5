package it.toscana.monitoring.territory.api;

import java.time.LocalDate;

import it.toscana.monitoring.platform.rest.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A municipality as written by POST, PUT, merge-patch and bulk. {@code population} with
 * {@code populationDate} adds that figure to the series (or corrects the figure of that date);
 * figures of other dates are kept.
 */
public record MunicipalityRequest(
        @NotNull @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String province,
        @PositiveOrZero Integer population,
        LocalDate populationDate) {
}
