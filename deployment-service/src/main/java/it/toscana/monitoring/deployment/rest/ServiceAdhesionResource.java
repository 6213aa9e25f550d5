package it.toscana.monitoring.deployment.rest;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.deployment.api.ServiceAdhesionRequest;
import it.toscana.monitoring.deployment.domain.ServiceAdhesion;
import it.toscana.monitoring.deployment.mapping.ServiceAdhesionMapper;
import it.toscana.monitoring.deployment.service.FactKinds;
import jakarta.ws.rs.Path;

@Path("/api/v1/service-adhesions")
@Tag(name = "Other rollout facts")
@FactNames(one = "START, SUAP or URP adhesion", many = "START, SUAP and URP adhesions", idOne = "ServiceAdhesion",
        idMany = "ServiceAdhesions")
public class ServiceAdhesionResource extends FactResource<ServiceAdhesion, ServiceAdhesionRequest> {

    public ServiceAdhesionResource() {
        super(FactKinds.SERVICE_ADHESION, ServiceAdhesionMapper::toRequest, ServiceAdhesionRequest.class);
    }
}
