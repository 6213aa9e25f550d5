package it.toscana.monitoring.deployment.service;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import it.toscana.monitoring.deployment.api.BroadbandRequest;
import it.toscana.monitoring.deployment.api.BroadbandResponse;
import it.toscana.monitoring.deployment.domain.Broadband;
import it.toscana.monitoring.deployment.domain.BroadbandHistory;
import it.toscana.monitoring.deployment.mapping.BroadbandMapper;
import it.toscana.monitoring.deployment.mapping.SinceMapper;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.time.RecordingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Broadband per municipality: written like every rollout fact, and every version kept as history with the
 * date it holds from (read on both time axes by {@link BroadbandTimeline}).
 */
@ApplicationScoped
public class BroadbandService {

    public static final FactKind<Broadband, BroadbandRequest> KIND = new FactKind<Broadband, BroadbandRequest>(
            "broadband record", Broadband.class, Broadband::new, SinceMapper.dated(BroadbandService::applyRules),
            BroadbandMapper::toState, DeploymentEvents.BROADBAND_UPSERTED_V3, DeploymentEvents.BROADBAND_DELETED_V3,
            "coverage", Broadband.Coverage.class, FactKinds.with("coverage", "coverageTargetYear", "unservableUsers"),
            fact -> { })
            .withAfterWrite(broadband -> record(broadband, false));

    @Inject
    RolloutFactService facts;

    @Transactional
    public void delete(String istatCode, String ifMatch) {
        Broadband last = facts.get(KIND, istatCode);
        record(last, true);
        facts.delete(KIND, istatCode, ifMatch);
    }

    private static void applyRules(BroadbandRequest request, Broadband broadband) {
        if (request.coverage() == Broadband.Coverage.PLANNED && request.coverageTargetYear() == null) {
            throw new ProblemException(ProblemType.BUSINESS_RULE, "Planned coverage needs its target year.",
                    List.of(new Problem.FieldError("coverageTargetYear", "required when coverage is PLANNED")));
        }
        BroadbandMapper.apply(request, broadband);
    }

    private static void record(Broadband broadband, boolean deleted) {
        BroadbandHistory version = new BroadbandHistory();
        version.istatCode = broadband.istatCode;
        version.version = deleted ? broadband.version + 1 : broadband.version;
        version.recordedAt = RecordingTime.now();
        version.deleted = deleted;
        version.since = deleted ? null : broadband.resolvedSince();
        try {
            version.state = EventJson.mapper().writeValueAsString(
                    new BroadbandResponse(broadband, BroadbandMapper.toRequest(broadband)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Broadband state cannot be kept as history", e);
        }
        version.persist();
    }
}
