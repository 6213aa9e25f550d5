package it.toscana.monitoring.gateway.projection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A printed total as the gateway keeps it: true as of its document's date; {@code communityCode} null
 * for the whole region, {@code fundingLineCode} set for a Table 1 cell or line.
 */
public record DeclaredFigure(
        String id,
        String communityCode,
        String scope,
        String label,
        String fundingLineCode,
        BigDecimal amount,
        LocalDate documentDate,
        String documentDateSource,
        String sourceDocument,
        String sourceLocation,
        String note) {
}
