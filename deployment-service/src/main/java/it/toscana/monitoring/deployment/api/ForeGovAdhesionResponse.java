package it.toscana.monitoring.deployment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.deployment.domain.ForeGovAdhesion;

/** A FORe-gov adhesion as served. */
@Schema(allOf = ForeGovAdhesionRequest.class, description = FactResponse.AS_SERVED)
public final class ForeGovAdhesionResponse extends FactResponse<ForeGovAdhesionRequest> {

    public ForeGovAdhesionResponse(ForeGovAdhesion fact, ForeGovAdhesionRequest fields) {
        super(fact, fields);
    }
}
