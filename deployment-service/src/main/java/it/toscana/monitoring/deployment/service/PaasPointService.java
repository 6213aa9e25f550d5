package it.toscana.monitoring.deployment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.panache.common.Parameters;
import it.toscana.monitoring.deployment.api.PaasPointRequest;
import it.toscana.monitoring.deployment.api.UsageReportBulkRequest;
import it.toscana.monitoring.deployment.api.UsageReportRequest;
import it.toscana.monitoring.deployment.domain.PaasPoint;
import it.toscana.monitoring.deployment.domain.PaasStatusChange;
import it.toscana.monitoring.deployment.domain.PaasUsageReport;
import it.toscana.monitoring.deployment.mapping.PaasMapper;
import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.deployment.PaasPointStateV2;
import it.toscana.monitoring.platform.aggregate.AggregateWriter;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.rest.BulkExecutor;
import it.toscana.monitoring.platform.rest.BulkResult;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.security.CommunityAccess;
import it.toscana.monitoring.platform.time.BusinessDate;
import it.toscana.monitoring.platform.time.RecordingTime;
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
public class PaasPointService {

    public static final FactKind<PaasPoint, PaasPointRequest> KIND = new FactKind<>(
            "PAAS point", PaasPoint.class, PaasPoint::new, PaasPointService::applyRules, PaasPointService::state,
            DeploymentEvents.PAAS_POINT_UPSERTED_V2, DeploymentEvents.PAAS_POINT_DELETED_V2,
            "status", PaasPointState.Status.class,
            FactKinds.with("name", "siteType", "registeredUsers", "accesses", "reportedUntil"), point -> { });

    /** By period, then revision; a revision is a new row, so its recording time is its last change. */
    private static final Listing REPORTS = Listing.of(Set.of("periodEnd", "recordedAt"), "recordedAt", "periodEnd",
            "periodStart", "revision", "seq");

    private static final String NEWEST_FIRST = " order by periodEnd desc, seq desc";

    @Inject
    RolloutFactService facts;

    @Inject
    AggregateWriter writer;

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
        report.recordedAt = RecordingTime.now();
        report.persist();
        showNewestUsage(point);
        return report;
    }

    /** One period's reports for many points, stored in chunks as {@link BulkExecutor} describes. */
    public BulkResult reportAll(UsageReportBulkRequest request) {
        return bulk.run(request.items(), UsageReportBulkRequest.Item::pointId, item -> {
            PaasUsageReport report = report(item.pointId(), new UsageReportRequest(request.periodStart(),
                    request.periodEnd(), item.registeredUsers(), item.accesses(), item.partial(), item.correction(),
                    item.notes(), null));
            return new BulkResult.Item(0, 201, report.id, null);
        });
    }

    /**
     * Every report of the point (all revisions), optionally only those for periods ended by a date
     * ({@code asOf}) and those recorded by a moment ({@code knownAt}).
     */
    public Page<PaasUsageReport> reports(String pointId, LocalDate asOf, Instant knownAt, PageParams page) {
        facts.get(KIND, pointId);
        Conditions where = new Conditions().and("pointId = :pointId", "pointId", pointId)
                .and("periodEnd <= :asOf", "asOf", asOf)
                .and("recordedAt <= :knownAt", "knownAt", knownAt);
        return REPORTS.page(entityManager, PaasUsageReport.class, where, page);
    }

    public PaasUsageReport report(String pointId, String reportId) {
        return PaasUsageReport.<PaasUsageReport>find("pointId = ?1 and id = ?2", pointId, reportId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No usage report " + reportId + " for PAAS point " + pointId + "."));
    }

    /** The point's statuses, oldest first; optionally those held by a date and those recorded by a moment. */
    public List<PaasStatusChange> statusHistory(String pointId, LocalDate asOf, Instant knownAt) {
        facts.get(KIND, pointId);
        Parameters where = Parameters.with("pointId", pointId);
        return PaasStatusChange.list("pointId = :pointId" + when("asOf", asOf, " and since <= :asOf", where)
                + when("knownAt", knownAt, " and recordedAt <= :knownAt", where) + " order by since, seq", where);
    }

    /** The point's event: its current state with every status it had and its usage per period end. */
    static PaasPointStateV2 state(PaasPoint point, long version) {
        List<PaasStatusChange> statuses = PaasStatusChange.list("pointId = ?1 order by since, seq", point.id);
        List<PaasUsageReport> usage = PaasUsageReport.list("from PaasUsageReport report where report.pointId = ?1"
                + " and report.seq = (select max(newest.seq) from PaasUsageReport newest"
                + " where newest.pointId = report.pointId and newest.periodEnd = report.periodEnd)"
                + " order by report.periodEnd", point.id);
        return PaasMapper.toState(point, version, statuses, usage);
    }

    /** Status rules, the status history, then the descriptive fields. */
    private static void applyRules(PaasPointRequest request, PaasPoint point) {
        BusinessDate given = BusinessDate.given("statusSince", request.statusSince(), request.statusSinceSource());
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
            boolean newSince = given.isDated() && !given.date().equals(point.statusSince);
            boolean closedOn = closed && request.closedOn() != null;
            LocalDate since = closedOn ? request.closedOn() : newSince ? given.date() : BusinessDate.day(Instant.now());
            if (point.statusSince != null && since.isBefore(point.statusSince)) {
                throw refused(closedOn ? "closedOn" : "statusSince", "The new status cannot start ("
                        + since + ") before the current one did (" + point.statusSince + ").");
            }
            PaasStatusChange change = new PaasStatusChange();
            change.pointId = point.id;
            change.status = request.status();
            change.closureReason = request.closureReason();
            change.since = since;
            change.sinceSource = closedOn ? DateSource.STATED : newSince ? given.source() : DateSource.RECORDING_DATE;
            change.recordedAt = RecordingTime.now();
            change.persist();
            point.statusSince = since;
            point.statusSinceSource = change.sinceSource;
        } else if (given.isDated() && given.date().equals(point.statusSince) && given.source() != point.statusSinceSource) {
            // the same day said to come from elsewhere (e.g. a loaded record: the document's date)
            relabelCurrentStatus(point, given.source());
        }
        point.status = request.status();
        point.closureReason = request.closureReason();
        point.closedOn = request.closedOn();
        PaasMapper.apply(request, point);
    }

    private static void relabelCurrentStatus(PaasPoint point, DateSource source) {
        PaasStatusChange current = PaasStatusChange.find("pointId = ?1 order by seq desc", point.id).firstResult();
        current.sinceSource = source;
        point.statusSinceSource = source;
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
        writer.save(KIND.aggregate(), point);
    }

    /** {@code clause} with its parameter when {@code value} is given, else nothing. */
    private static String when(String name, Object value, String clause, Parameters parameters) {
        if (value == null) {
            return "";
        }
        parameters.and(name, value);
        return clause;
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
