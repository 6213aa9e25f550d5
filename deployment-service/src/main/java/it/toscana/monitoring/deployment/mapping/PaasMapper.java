package it.toscana.monitoring.deployment.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.toscana.monitoring.deployment.api.PaasPointRequest;
import it.toscana.monitoring.deployment.api.PaasPointResponse;
import it.toscana.monitoring.deployment.api.StatusChangeResponse;
import it.toscana.monitoring.deployment.api.UsageReportResponse;
import it.toscana.monitoring.deployment.domain.PaasPoint;
import it.toscana.monitoring.deployment.domain.PaasStatusChange;
import it.toscana.monitoring.deployment.domain.PaasUsageReport;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.deployment.PaasPointStateV2;
import it.toscana.monitoring.events.deployment.PaasPointStateV2.StatusPeriod;
import it.toscana.monitoring.events.deployment.PaasPointStateV2.UsageFigure;

public final class PaasMapper {

    private PaasMapper() {
    }

    /** Copies the descriptive fields; status and usage are the service's business. */
    public static void apply(PaasPointRequest request, PaasPoint point) {
        point.communityCode = null; // always the municipality's community, from the replica
        point.istatCode = request.istatCode();
        point.name = request.name();
        point.siteType = request.siteType();
        point.siteDescription = request.siteDescription();
        point.associations = request.associations() == null ? List.of() : List.copyOf(request.associations());
        point.associationCount = request.associationCount();
        Provenance.copy(request.notes(), request.source(), point);
    }

    public static PaasPointRequest toRequest(PaasPoint point) {
        return new PaasPointRequest(point.istatCode, point.name, point.siteType, point.siteDescription,
                point.associations, point.associationCount, point.status, point.closureReason, point.closedOn,
                point.statusSince, point.statusSinceSource, point.notes, Provenance.source(point));
    }

    /**
     * The point with its history in business time: {@code statuses} oldest first, {@code usage} the newest
     * revision per period end, oldest first.
     */
    public static PaasPointStateV2 toState(PaasPoint point, long version, List<PaasStatusChange> statuses,
            List<PaasUsageReport> usage) {
        return new PaasPointStateV2(point.id, point.communityCode, point.istatCode, point.name, point.siteType,
                point.associations, point.status, point.closureReason, point.closedOn, point.statusSince,
                point.registeredUsers, point.accesses, point.partial, point.reportedUntil,
                statuses.stream().map(change -> new StatusPeriod(change.status, change.closureReason, change.since)).toList(),
                usage.stream().map(report -> new UsageFigure(report.periodStart, report.periodEnd,
                        report.registeredUsers, report.accesses, report.partial)).toList(),
                version);
    }

    public static PaasPointResponse toResponse(PaasPoint point) {
        return new PaasPointResponse(point.id, point.version, point.updatedAt, point.communityCode, null, null,
                point.registeredUsers, point.accesses, point.partial, point.reportedUntil, toRequest(point));
    }

    /**
     * The point as it stood on a date as recorded by a moment (either may be null): the newest report for a
     * period ended by then, and the status it had then (null when it had none yet).
     */
    public static PaasPointResponse toResponse(PaasPoint point, LocalDate asOf, Instant knownAt,
            Optional<PaasUsageReport> usage, Optional<PaasStatusChange> status) {
        PaasPointRequest fields = toRequest(point);
        PaasPointRequest then = new PaasPointRequest(fields.istatCode(), fields.name(), fields.siteType(),
                fields.siteDescription(), fields.associations(), fields.associationCount(),
                status.map(change -> change.status).orElse(null), status.map(change -> change.closureReason).orElse(null),
                status.filter(change -> change.status == PaasPointState.Status.CLOSED).map(change -> point.closedOn)
                        .orElse(null),
                status.map(change -> change.since).orElse(null), status.map(change -> change.sinceSource).orElse(null),
                fields.notes(), fields.source());
        return new PaasPointResponse(point.id, point.version, point.updatedAt, point.communityCode, asOf, knownAt,
                usage.map(report -> report.registeredUsers).orElse(0L), usage.map(report -> report.accesses).orElse(0L),
                usage.map(report -> report.partial).orElse(false), usage.map(report -> report.periodEnd).orElse(null),
                then);
    }

    public static StatusChangeResponse toResponse(PaasStatusChange change) {
        return new StatusChangeResponse(change.status, change.closureReason, change.since, change.sinceSource,
                change.recordedAt);
    }

    public static UsageReportResponse toResponse(PaasUsageReport report) {
        SourceReference source = report.sourceDocument == null && report.sourceLocation == null ? null
                : new SourceReference(report.sourceDocument, report.sourceLocation);
        return new UsageReportResponse(report.id, report.pointId, report.periodStart, report.periodEnd,
                report.registeredUsers, report.accesses, report.partial, report.correction, report.revision,
                report.recordedAt, report.notes, source);
    }
}
