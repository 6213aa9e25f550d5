package it.toscana.monitoring.deployment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import it.toscana.monitoring.deployment.domain.Broadband;
import it.toscana.monitoring.deployment.domain.BroadbandHistory;
import it.toscana.monitoring.deployment.mapping.BroadbandMapping;
import it.toscana.monitoring.deployment.rest.BroadbandRequest;
import it.toscana.monitoring.deployment.rest.FactResponse;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Broadband per municipality: written like every rollout fact, and every version kept as history. */
@ApplicationScoped
public class BroadbandService {

    public static final FactKind<Broadband, BroadbandRequest> KIND = new FactKind<Broadband, BroadbandRequest>(
            "broadband record", Broadband.class, Broadband::new, BroadbandService::applyRules,
            BroadbandMapping::toState, DeploymentEvents.BROADBAND_UPSERTED_V2, DeploymentEvents.BROADBAND_DELETED_V2,
            "coverage", Broadband.Coverage.class, FactKinds.with("coverage", "coverageTargetYear", "unservableUsers"),
            fact -> { })
            .withAfterWrite(broadband -> record(broadband, false));

    @Inject
    RolloutFacts facts;

    @Transactional
    public void delete(String istatCode, String ifMatch) {
        Broadband last = facts.get(KIND, istatCode);
        record(last, true);
        facts.delete(KIND, istatCode, ifMatch);
    }

    /** Every version of the municipality's broadband facts, oldest first. */
    public List<BroadbandHistory> history(String istatCode) {
        List<BroadbandHistory> versions = BroadbandHistory.list("istatCode = ?1 order by seq", istatCode);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("No broadband record for municipality " + istatCode + ".");
        }
        return versions;
    }

    /**
     * The version that was current at that moment: {@code asOf} is an instant, or a date meaning
     * the end of that day (UTC).
     */
    public BroadbandHistory asOf(String istatCode, String asOf) {
        Instant moment = parseMoment(asOf);
        BroadbandHistory version = BroadbandHistory.<BroadbandHistory>find(
                "istatCode = ?1 and recordedAt <= ?2 order by seq desc", istatCode, moment).firstResult();
        if (version == null || version.deleted) {
            throw ProblemException.notFound("No broadband record for municipality " + istatCode + " as of " + asOf + ".");
        }
        return version;
    }

    private static void applyRules(BroadbandRequest request, Broadband broadband) {
        if (request.coverage() == Broadband.Coverage.PLANNED && request.coverageTargetYear() == null) {
            throw new ProblemException(ProblemType.BUSINESS_RULE, "Planned coverage needs its target year.",
                    List.of(new Problem.FieldError("coverageTargetYear", "required when coverage is PLANNED")));
        }
        BroadbandMapping.apply(request, broadband);
    }

    private static void record(Broadband broadband, boolean deleted) {
        BroadbandHistory version = new BroadbandHistory();
        version.istatCode = broadband.istatCode;
        version.version = deleted ? broadband.version + 1 : broadband.version;
        version.recordedAt = Instant.now();
        version.deleted = deleted;
        try {
            version.state = EventJson.mapper().writeValueAsString(
                    FactResponse.of(broadband, BroadbandMapping.toRequest(broadband)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Broadband state cannot be kept as history", e);
        }
        version.persist();
    }

    private static Instant parseMoment(String asOf) {
        try {
            return asOf.length() == 10 ? LocalDate.parse(asOf).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1)
                    : Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.VALIDATION, "asOf must be a date or an instant.",
                    List.of(new Problem.FieldError("asOf", "must be YYYY-MM-DD or an ISO-8601 instant")));
        }
    }
}
