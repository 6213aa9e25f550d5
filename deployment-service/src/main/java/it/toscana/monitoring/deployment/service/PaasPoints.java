package it.toscana.monitoring.deployment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import it.toscana.monitoring.deployment.domain.PaasPoint;
import it.toscana.monitoring.deployment.domain.PaasStatusChange;
import it.toscana.monitoring.deployment.domain.PaasUsageReport;
import it.toscana.monitoring.deployment.mapping.PaasMapping;
import it.toscana.monitoring.deployment.rest.PaasPointRequest;
import it.toscana.monitoring.deployment.rest.UsageReportBulkRequest;
import it.toscana.monitoring.deployment.rest.UsageReportRequest;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.platform.outbox.EventOutbox;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.rest.BulkExecutor;
import it.toscana.monitoring.platform.rest.BulkResult;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.security.CommunityAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * PAAS points, their status history and their usage reports. Reports are appended, never
 * changed: a correction is the next revision of a period, and the point's current figures (in
 * its event) always come from the newest report.
 */
@ApplicationScoped
public class PaasPoints {

    public static final FactKind<PaasPoint, PaasPointRequest> KIND = new FactKind<>(
            "PAAS point", PaasPoint.class, PaasPoint::new, PaasPoints::applyRules, PaasMapping::toState,
            DeploymentEvents.PAAS_POINT_UPSERTED, DeploymentEvents.PAAS_POINT_DELETED,
            "status", PaasPointState.Status.class,
            FactKinds.with("name", "siteType", "registeredUsers", "accesses", "reportedUntil"), point -> { });

    private static final String NEWEST_FIRST = " order by periodEnd desc, seq desc";

    /** The usage and status of a point as of a date (both empty when nothing was known yet). */
    public record AsOf(PaasPoint point, LocalDate date, Optional<PaasUsageReport> usage,
            Optional<PaasStatusChange> status) {
    }

    @Inject
    RolloutFacts facts;

    @Inject
    EventOutbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    BulkExecutor bulk;

    @Inject
    CommunityAccess access;

    /** Appends a usage report and republishes the point with its figures, in one transaction. */
    @Transactional
    public PaasUsageReport report(String pointId, UsageReportRequest request) {
        PaasPoint point = entityManager.find(PaasPoint.class, pointId, LockModeType.PESSIMISTIC_WRITE);
        if (point == null) {
            throw ProblemException.notFound("No PAAS point with id " + pointId + ".");
        }
        access.checkWrite(point.communityCode, "PAAS point " + pointId);
        checkPeriod(point, request);
        Optional<PaasUsageReport> samePeriod = PaasUsageReport.<PaasUsageReport>find(
                "pointId = ?1 and periodStart = ?2 and periodEnd = ?3 order by revision desc",
                pointId, request.periodStart(), request.periodEnd()).firstResultOptional();
        if (request.correction() && samePeriod.isEmpty()) {
            throw refused("correction", "There is no report for " + period(request) + " to correct.");
        }
        if (!request.correction() && samePeriod.isPresent()) {
            throw ProblemException.conflict("Point " + pointId + " already has a report for " + period(request)
                    + "; send a correction to change it.");
        }
        if (!request.correction()) {
            checkNotLowering(pointId, request);
        }
        PaasUsageReport report = new PaasUsageReport();
        report.id = UUID.randomUUID().toString();
        report.pointId = pointId;
        report.periodStart = request.periodStart();
        report.periodEnd = request.periodEnd();
        report.registeredUsers = request.registeredUsers();
        report.accesses = request.accesses();
        report.partial = request.partial();
        report.correction = request.correction();
        report.revision = samePeriod.map(previous -> previous.revision + 1).orElse(1);
        report.notes = request.notes();
        report.sourceDocument = request.source() == null ? null : request.source().document();
        report.sourceLocation = request.source() == null ? null : request.source().location();
        report.recordedAt = Instant.now();
        report.persist();
        showNewestUsage(point);
        return report;
    }

    /** One period's reports for many points; each item in its own transaction. */
    public BulkResult reportAll(UsageReportBulkRequest request) {
        return bulk.run(request.items(), UsageReportBulkRequest.Item::pointId, item -> {
            PaasUsageReport report = report(item.pointId(), new UsageReportRequest(request.periodStart(),
                    request.periodEnd(), item.registeredUsers(), item.accesses(), item.partial(), item.correction(),
                    item.notes(), null));
            return new BulkResult.Item(0, 201, report.id, null);
        });
    }

    public AsOf asOf(String pointId, LocalDate date) {
        PaasPoint point = facts.get(KIND, pointId);
        Optional<PaasUsageReport> usage = PaasUsageReport.<PaasUsageReport>find(
                "pointId = ?1 and periodEnd <= ?2" + NEWEST_FIRST, pointId, date).firstResultOptional();
        Optional<PaasStatusChange> status = PaasStatusChange.<PaasStatusChange>find(
                "pointId = ?1 and since <= ?2 order by since desc, seq desc", pointId, date).firstResultOptional();
        return new AsOf(point, date, usage, status);
    }

    /** Every report of the point (all revisions), optionally only those for periods ended by a date. */
    public Page<PaasUsageReport> reports(String pointId, LocalDate asOf, PageParams page) {
        facts.get(KIND, pointId);
        String where = "pointId = ?1" + (asOf == null ? "" : " and periodEnd <= ?2");
        Object[] parameters = asOf == null ? new Object[] { pointId } : new Object[] { pointId, asOf };
        long total = PaasUsageReport.count(where, parameters);
        List<PaasUsageReport> items = PaasUsageReport.<PaasUsageReport>find(where
                + " order by periodEnd, periodStart, revision", parameters)
                .page(page.page, page.size).list();
        return new Page<>(items, page.page, page.size, total);
    }

    public PaasUsageReport report(String pointId, String reportId) {
        return PaasUsageReport.<PaasUsageReport>find("pointId = ?1 and id = ?2", pointId, reportId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No usage report " + reportId + " for PAAS point " + pointId + "."));
    }

    public List<PaasStatusChange> statusHistory(String pointId) {
        facts.get(KIND, pointId);
        return PaasStatusChange.list("pointId = ?1 order by since, seq", pointId);
    }

    /** Status rules, the status history, then the descriptive fields. */
    private static void applyRules(PaasPointRequest request, PaasPoint point) {
        boolean closed = request.status() == PaasPointState.Status.CLOSED;
        if (closed && request.closureReason() == null) {
            throw refused("closureReason", "A closed point needs its reason (RENOUNCED or ACCREDITATION_REFUSED).");
        }
        if (!closed && (request.closureReason() != null || request.closedOn() != null)) {
            throw refused(request.closureReason() != null ? "closureReason" : "closedOn",
                    "Only a closed point has a closure reason and date.");
        }
        if (closed && request.closedOn() != null) {
            PaasUsageReport.<PaasUsageReport>find("pointId = ?1 and periodEnd > ?2" + NEWEST_FIRST, point.id,
                    request.closedOn()).firstResultOptional().ifPresent(later -> {
                        throw refused("closedOn", "The point reported usage until " + later.periodEnd
                                + ", after the closing date " + request.closedOn() + ".");
                    });
        }
        boolean statusChanged = request.status() != point.status || request.closureReason() != point.closureReason;
        if (statusChanged) {
            // A statusSince echoed back from the previous status (a merge patch does that) is not a new date.
            boolean newSince = request.statusSince() != null && !request.statusSince().equals(point.statusSince);
            LocalDate since = closed && request.closedOn() != null ? request.closedOn()
                    : newSince ? request.statusSince() : LocalDate.now();
            if (point.statusSince != null && since.isBefore(point.statusSince)) {
                throw refused(closed && request.closedOn() != null ? "closedOn" : "statusSince", "The new status cannot start ("
                        + since + ") before the current one did (" + point.statusSince + ").");
            }
            PaasStatusChange change = new PaasStatusChange();
            change.pointId = point.id;
            change.status = request.status();
            change.closureReason = request.closureReason();
            change.since = since;
            change.recordedAt = Instant.now();
            change.persist();
            point.statusSince = since;
        }
        point.status = request.status();
        point.closureReason = request.closureReason();
        point.closedOn = request.closedOn();
        PaasMapping.apply(request, point);
    }

    private static void checkPeriod(PaasPoint point, UsageReportRequest request) {
        if (request.periodEnd().isBefore(request.periodStart())) {
            throw refused("periodEnd", "The period ends (" + request.periodEnd() + ") before it starts ("
                    + request.periodStart() + ").");
        }
        if (point.status == PaasPointState.Status.CLOSED && point.closedOn != null
                && request.periodEnd().isAfter(point.closedOn)) {
            throw refused("periodEnd", "Point " + point.id + " closed on " + point.closedOn
                    + "; it cannot report usage after that.");
        }
    }

    /** Cumulative figures only grow: a new report may not be below the one before it nor above the one after it. */
    private static void checkNotLowering(String pointId, UsageReportRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PaasUsageReport.<PaasUsageReport>find("pointId = ?1 and periodEnd <= ?2 and not (periodStart = ?3 and periodEnd = ?2)"
                + NEWEST_FIRST, pointId, request.periodEnd(), request.periodStart()).firstResultOptional()
                .ifPresent(before -> {
                    if (request.registeredUsers() < before.registeredUsers) {
                        errors.add(lower("registeredUsers", before.registeredUsers, before));
                    }
                    if (request.accesses() < before.accesses) {
                        errors.add(lower("accesses", before.accesses, before));
                    }
                });
        PaasUsageReport.<PaasUsageReport>find("pointId = ?1 and periodEnd > ?2 order by periodEnd asc, seq desc",
                pointId, request.periodEnd()).firstResultOptional()
                .ifPresent(after -> {
                    if (request.registeredUsers() > after.registeredUsers) {
                        errors.add(new Problem.FieldError("registeredUsers", "above " + after.registeredUsers
                                + " reported for the later period ending " + after.periodEnd));
                    }
                    if (request.accesses() > after.accesses) {
                        errors.add(new Problem.FieldError("accesses", "above " + after.accesses
                                + " reported for the later period ending " + after.periodEnd));
                    }
                });
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.BUSINESS_RULE,
                    "The report would lower a cumulative figure; mark it as a correction of its period to do so.",
                    errors);
        }
    }

    private void showNewestUsage(PaasPoint point) {
        PaasUsageReport newest = PaasUsageReport.<PaasUsageReport>find("pointId = ?1" + NEWEST_FIRST, point.id)
                .firstResult();
        point.registeredUsers = newest.registeredUsers;
        point.accesses = newest.accesses;
        point.partial = newest.partial;
        point.reportedUntil = newest.periodEnd;
        point.updatedAt = Instant.now(); // a report is a change of the point even when older than the newest
        entityManager.flush();
        outbox.publish(Topics.DEPLOYMENT, KIND.upsertedType(), PaasMapping.toState(point, point.version));
    }

    private static Problem.FieldError lower(String field, long figure, PaasUsageReport before) {
        return new Problem.FieldError(field, "below " + figure + " reported for the period ending " + before.periodEnd);
    }

    private static String period(UsageReportRequest request) {
        return request.periodStart() + ".." + request.periodEnd();
    }

    private static ProblemException refused(String field, String detail) {
        return new ProblemException(ProblemType.BUSINESS_RULE, detail, List.of(new Problem.FieldError(field, detail)));
    }
}
