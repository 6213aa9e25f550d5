package it.toscana.monitoring.events.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV2.Scope;

/**
 * A printed total with the date of the document that prints it, version 3 of the declared-total event
 * ({@code declared-total.*.v3}): {@link DeclaredTotalStateV2} plus {@code documentDate} (never null: the
 * document's date, else the day funding-service recorded the figure, as {@code documentDateSource} says).
 * A declared figure is true as of its document's date, so an as-of read before it does not show it.
 */
public record DeclaredTotalStateV3(
        String id,
        String communityCode,
        Scope scope,
        String label,
        String fundingLineCode,
        BigDecimal amount,
        SourceReference source,
        LocalDate documentDate,
        DateSource documentDateSource,
        String note,
        long version) implements VersionedById {

    /** A v2 payload as v3, dated by the day of its event. */
    public static DeclaredTotalStateV3 of(DeclaredTotalStateV2 v2, LocalDate recordedOn) {
        return new DeclaredTotalStateV3(v2.id(), v2.communityCode(), v2.scope(), v2.label(), v2.fundingLineCode(),
                v2.amount(), v2.source(), recordedOn, DateSource.RECORDING_DATE, v2.note(), v2.version());
    }
}
