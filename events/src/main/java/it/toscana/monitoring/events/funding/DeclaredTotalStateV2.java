package it.toscana.monitoring.events.funding;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;

/**
 * A total as a document prints it, version 2 of the declared-total event ({@code declared-total.*.v2}):
 * {@link DeclaredTotalState} plus the scope {@link Scope#SCHEDA} and a {@code label} that tells several
 * printed figures of one community, scope and line apart (a booklet's Scheda pages print up to 12
 * headline figures per community, two of them on one page). One figure per (community, scope, line,
 * label); {@code communityCode} null means the whole region.
 */
public record DeclaredTotalStateV2(
        String id,
        String communityCode,
        Scope scope,
        String label,
        String fundingLineCode,
        BigDecimal amount,
        SourceReference source,
        String note,
        long version) implements VersionedById {

    @Schema(name = "DeclaredTotalScope", description = "What a printed total covers")
    public enum Scope {
        /** Table 2 total. */
        LOCAL_PROGRAMME,
        /** Table 3 total. */
        TERRITORIAL_IMPACT,
        /** Table 2 + Table 3 as printed. */
        GRAND_TOTAL,
        /** Table 1 (2007–2010 programme): a community's row total, a line, or a cell. */
        TABLE1,
        /** A headline figure of a booklet's "Scheda" page; labelled, as a page may print more than one. */
        SCHEDA
    }

    /** A v1 payload as v2: same scope, no label. */
    public static DeclaredTotalStateV2 of(DeclaredTotalState v1) {
        return new DeclaredTotalStateV2(v1.id(), v1.communityCode(), Scope.valueOf(v1.scope().name()), null,
                v1.fundingLineCode(), v1.amount(), v1.source(), v1.note(), v1.version());
    }
}
