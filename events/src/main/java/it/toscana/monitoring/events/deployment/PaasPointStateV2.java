package it.toscana.monitoring.events.deployment;

import java.time.LocalDate;
import java.util.List;

import it.toscana.monitoring.events.VersionedById;
import it.toscana.monitoring.events.deployment.PaasPointState.ClosureReason;
import it.toscana.monitoring.events.deployment.PaasPointState.SiteType;
import it.toscana.monitoring.events.deployment.PaasPointState.Status;

/**
 * A PAAS point with its history in business time, version 2 of the PAAS event ({@code paas-point.*.v2}):
 * {@link PaasPointState} (current status and newest usage) plus every status it had since when
 * ({@code statusHistory}, oldest first) and its usage as reported over time ({@code usageHistory}: per
 * period end, the newest revision of the report, oldest first). Usage figures are cumulative: the report
 * with the latest period end on or before a date is the point's figure on that date.
 */
public record PaasPointStateV2(
        String id,
        String communityCode,
        String istatCode,
        String name,
        SiteType siteType,
        List<String> associations,
        Status status,
        ClosureReason closureReason,
        LocalDate closedOn,
        LocalDate statusSince,
        long registeredUsers,
        long accesses,
        boolean partial,
        LocalDate reportedUntil,
        List<StatusPeriod> statusHistory,
        List<UsageFigure> usageHistory,
        long version) implements VersionedById {

    /** The point had {@code status} from {@code since} until the next entry's {@code since}. */
    public record StatusPeriod(Status status, ClosureReason closureReason, LocalDate since) {
    }

    /** Cumulative registered users and accesses reported for the period ending {@code periodEnd}. */
    public record UsageFigure(LocalDate periodStart, LocalDate periodEnd, long registeredUsers, long accesses,
            boolean partial) {
    }

    /**
     * A v1 payload as v2, for events still on the compacted topic: its current status since the day of the
     * event ({@code recordedOn}, v1 carries no date for it), its usage as of {@code reportedUntil}.
     */
    public static PaasPointStateV2 of(PaasPointState v1, LocalDate recordedOn) {
        LocalDate reported = v1.reportedUntil() == null ? recordedOn : v1.reportedUntil();
        return new PaasPointStateV2(v1.id(), v1.communityCode(), v1.istatCode(), v1.name(), v1.siteType(),
                v1.associations(), v1.status(), v1.closureReason(), v1.closedOn(), recordedOn, v1.registeredUsers(),
                v1.accesses(), v1.partial(), v1.reportedUntil(),
                List.of(new StatusPeriod(v1.status(), v1.closureReason(), recordedOn)),
                v1.registeredUsers() == 0 && v1.accesses() == 0 && v1.reportedUntil() == null ? List.of()
                        : List.of(new UsageFigure(null, reported, v1.registeredUsers(), v1.accesses(), v1.partial())),
                v1.version());
    }
}
