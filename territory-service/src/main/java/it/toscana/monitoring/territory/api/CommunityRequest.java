package it.toscana.monitoring.territory.api;

import java.util.List;

import it.toscana.monitoring.events.territory.CommunityKind;
import it.toscana.monitoring.platform.rest.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A community as written by POST, PUT, merge-patch and bulk; {@code code} must match the path on PUT. */
public record CommunityRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = Codes.COMMUNITY, message = Codes.COMMUNITY_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull CommunityKind kind,
        @Size(max = 10) List<@NotNull @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String> provinces,
        @Size(max = 200) String legalBasis,
        @Size(max = 100) String homogeneousZone,
        @Size(max = 4000) String notes) {
}
