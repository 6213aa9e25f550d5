package it.toscana.monitoring.deployment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.deployment.domain.Broadband;

/** A municipality's broadband record as served. */
@Schema(allOf = BroadbandRequest.class, description = FactResponse.AS_SERVED)
public final class BroadbandResponse extends FactResponse<BroadbandRequest> {

    public BroadbandResponse(Broadband fact, BroadbandRequest fields) {
        super(fact, fields);
    }
}
