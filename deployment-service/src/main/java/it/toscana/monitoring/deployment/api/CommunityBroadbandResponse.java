package it.toscana.monitoring.deployment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.deployment.domain.CommunityBroadband;

/** A community's own broadband facts as served. */
@Schema(allOf = CommunityBroadbandRequest.class, description = FactResponse.AS_SERVED)
public final class CommunityBroadbandResponse extends FactResponse<CommunityBroadbandRequest> {

    public CommunityBroadbandResponse(CommunityBroadband fact, CommunityBroadbandRequest fields) {
        super(fact, fields);
    }
}
