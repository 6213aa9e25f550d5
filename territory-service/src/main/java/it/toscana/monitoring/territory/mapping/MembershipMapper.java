package it.toscana.monitoring.territory.mapping;

import java.time.LocalDate;

import it.toscana.monitoring.events.territory.MembershipState;
import it.toscana.monitoring.territory.api.MemberResponse;
import it.toscana.monitoring.territory.api.MembershipRequest;
import it.toscana.monitoring.territory.api.MembershipResponse;
import it.toscana.monitoring.territory.api.MunicipalityCommunityResponse;
import it.toscana.monitoring.territory.domain.Community;
import it.toscana.monitoring.territory.domain.Membership;
import it.toscana.monitoring.territory.domain.Municipality;
import it.toscana.monitoring.territory.domain.PopulationFigure;

public final class MembershipMapper {

    private MembershipMapper() {
    }

    public static MembershipResponse toResponse(Membership membership) {
        return new MembershipResponse(membership.id, membership.istatCode, membership.communityCode,
                membership.validFrom, membership.validTo, membership.version);
    }

    /** The current state as a request, for a merge patch to apply onto. */
    public static MembershipRequest toRequest(Membership membership) {
        return new MembershipRequest(membership.istatCode, membership.communityCode, membership.validFrom,
                membership.validTo);
    }

    public static MembershipState toState(Membership membership) {
        return toState(membership, membership.version);
    }

    public static MembershipState toState(Membership membership, long version) {
        return new MembershipState(membership.id.toString(), membership.istatCode, membership.communityCode,
                membership.validFrom, membership.validTo, version);
    }

    public static MemberResponse toMember(Membership membership, Municipality municipality) {
        var latest = municipality.latestPopulation();
        return new MemberResponse(municipality.istatCode, municipality.name, municipality.province,
                latest.map(PopulationFigure::population).orElse(null),
                latest.map(PopulationFigure::referenceDate).orElse(null),
                membership.id, membership.validFrom, membership.validTo);
    }

    public static MunicipalityCommunityResponse toCommunityOn(LocalDate date, Membership membership, Community community) {
        return new MunicipalityCommunityResponse(membership.istatCode, date, membership.id, membership.validFrom,
                membership.validTo, CommunityMapper.toResponse(community));
    }
}
