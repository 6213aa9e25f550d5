package it.toscana.monitoring.deployment.domain;

import it.toscana.monitoring.events.deployment.BroadbandState.RolloutStatus;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A hospital's fibre link (the programme asks for at least 100 Mbit/s). */
public record HospitalLink(
        @NotBlank @Size(max = 200) String hospital,
        @Size(max = 100) String link,
        @NotNull @Min(1) Integer minSpeedMbps,
        @NotNull RolloutStatus status) {
}
