package it.toscana.monitoring.events.funding;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;

/**
 * A total as a document prints it (a fact about the document, not a money movement), kept beside
 * the computed figure so that differences are shown, not hidden. {@code communityCode} null means
 * the whole region; {@code fundingLineCode} is set for a Table 1 cell or line.
 *
 * <p>Payload of {@code declared-total.*.v1}, frozen: a v1 consumer can neither read a scope it does
 * not know nor tell two labelled figures apart, so those came as {@link DeclaredTotalStateV2}.
 */
public record DeclaredTotalState(
        String id,
        String communityCode,
        Scope scope,
        String fundingLineCode,
        BigDecimal amount,
        SourceReference source,
        String note,
        long version) implements VersionedById {

    @Schema(name = "DeclaredTotalScopeV1", description = "What a printed total covers (version 1 of the event: table scopes only)")
    public enum Scope {
        /** Table 2 total. */
        LOCAL_PROGRAMME,
        /** Table 3 total. */
        TERRITORIAL_IMPACT,
        /** Table 2 + Table 3 as printed. */
        GRAND_TOTAL,
        /** Table 1 (2007–2010 programme): a community's row total, a line, or a cell. */
        TABLE1
    }
}
