package it.toscana.monitoring.territory.api;

import it.toscana.monitoring.events.territory.PlaceState.PlaceKind;
import it.toscana.monitoring.platform.rest.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record PlaceRequest(
        @NotNull PlaceKind kind,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
        @Size(max = 300) String address) {
}
