package it.toscana.monitoring.gateway.totals.view;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One community in the region's dashboard table (also served as CSV). Null where not known (see notKnown). */
public record CommunityRow(
        String code,
        String name,
        String kind,
        String provinces,
        @Schema(nullable = true) MoneyTotals.Basis basis,
        @Schema(nullable = true) BigDecimal assigned,
        @Schema(nullable = true) BigDecimal paid,
        @Schema(nullable = true) BigDecimal toPay,
        @Schema(nullable = true, description = "Assigned in the local programme (Table 2 rows or Table 1 lines)")
        BigDecimal localProgramme,
        @Schema(nullable = true, description = "Assigned as further funding with territorial impact (Table 3)")
        BigDecimal territorialImpact,
        @Schema(nullable = true, description = "The community's Table 1 total as printed") BigDecimal table1Declared,
        @Schema(nullable = true, description = "table1Declared - localProgramme") BigDecimal table1Difference,
        boolean table1Flagged,
        @Schema(nullable = true) Long paasPoints,
        @Schema(nullable = true, description = "Points not closed, as the booklets count them") Long activePaasPoints,
        @Schema(nullable = true) Long registeredUsers,
        @Schema(nullable = true) Long accesses,
        @Schema(nullable = true) Long connectedToRegionalNetwork,
        long flaggedDifferences,
        @Schema(description = "Why a null figure is not known, by field") Map<String, String> notKnown) {
}
