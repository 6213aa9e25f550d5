package it.toscana.monitoring.deployment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.deployment.domain.ServiceAdhesion;

/** A START, SUAP or URP adhesion as served. */
@Schema(allOf = ServiceAdhesionRequest.class, description = FactResponse.AS_SERVED)
public final class ServiceAdhesionResponse extends FactResponse<ServiceAdhesionRequest> {

    public ServiceAdhesionResponse(ServiceAdhesion fact, ServiceAdhesionRequest fields) {
        super(fact, fields);
    }
}
