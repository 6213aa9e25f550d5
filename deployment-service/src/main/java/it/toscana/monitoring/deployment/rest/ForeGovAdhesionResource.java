package it.toscana.monitoring.deployment.rest;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.deployment.api.ForeGovAdhesionRequest;
import it.toscana.monitoring.deployment.api.ForeGovAdhesionResponse;
import it.toscana.monitoring.deployment.domain.ForeGovAdhesion;
import it.toscana.monitoring.deployment.mapping.ForeGovAdhesionMapper;
import it.toscana.monitoring.deployment.service.FactKinds;
import jakarta.ws.rs.Path;

@Path("/api/v1/fore-gov-adhesions")
@Tag(name = "Other rollout facts")
@FactNames(one = "FORe-gov adhesion", many = "FORe-gov adhesions", idOne = "ForeGovAdhesion", idMany = "ForeGovAdhesions")
public class ForeGovAdhesionResource
        extends FactResource<ForeGovAdhesion, ForeGovAdhesionRequest, ForeGovAdhesionResponse> {

    public ForeGovAdhesionResource() {
        super(FactKinds.FORE_GOV, ForeGovAdhesionMapper::toRequest, ForeGovAdhesionRequest.class,
                ForeGovAdhesionResponse::new);
    }
}
