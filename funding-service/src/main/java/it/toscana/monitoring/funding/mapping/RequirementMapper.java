package it.toscana.monitoring.funding.mapping;

import java.util.Set;

import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.events.funding.MandatoryRequirementState;
import it.toscana.monitoring.events.funding.RequirementStatusState;
import it.toscana.monitoring.funding.api.RequirementResponse;
import it.toscana.monitoring.funding.api.RequirementStatusResponse;
import it.toscana.monitoring.funding.domain.MandatoryRequirement;
import it.toscana.monitoring.funding.domain.RequirementStatus;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.Listing;

/** Mandatory requirements of a local programme and each community's status against them. */
public final class RequirementMapper {

    public static final AggregateType<MandatoryRequirement> REQUIREMENT = new AggregateType<>(MandatoryRequirement.class,
            "mandatory requirement", FundingEvents.MANDATORY_REQUIREMENT_UPSERTED,
            FundingEvents.MANDATORY_REQUIREMENT_DELETED, requirement -> requirement.version,
            (requirement, version) -> new MandatoryRequirementState(requirement.code, requirement.description,
                    Source.referenceOf(requirement.source), version),
            Listing.of(Set.of("code"), "updatedAt", "code"));

    public static final AggregateType<RequirementStatus> STATUS = new AggregateType<>(RequirementStatus.class,
            "requirement status", FundingEvents.REQUIREMENT_STATUS_UPSERTED, FundingEvents.REQUIREMENT_STATUS_DELETED,
            status -> status.version,
            (status, version) -> new RequirementStatusState(status.id, status.communityCode, status.requirementCode,
                    status.met, status.assessedOn, status.note, Source.referenceOf(status.source), version),
            Listing.of(Set.of("communityCode", "requirementCode", "met", "assessedOn"), "updatedAt", "id"));

    private RequirementMapper() {
    }

    public static RequirementResponse toResponse(MandatoryRequirement requirement) {
        return new RequirementResponse(requirement.code, requirement.description, requirement.source,
                requirement.version);
    }

    public static RequirementStatusResponse toResponse(RequirementStatus status) {
        return new RequirementStatusResponse(status.id, status.communityCode, status.requirementCode, status.met,
                status.assessedOn, status.note, status.source, status.version);
    }
}
