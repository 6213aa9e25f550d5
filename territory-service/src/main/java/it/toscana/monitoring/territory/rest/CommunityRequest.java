package it.toscana.monitoring.territory.rest;

import it.toscana.monitoring.events.territory.CommunityKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record CommunityRequest(
        @NotBlank @Size(max = 100)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a lowercase slug such as alta-val-di-cecina")
        String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull CommunityKind kind) {
}
