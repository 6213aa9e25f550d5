package it.toscana.monitoring.deployment.rest;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.deployment.api.VoipInstallationRequest;
import it.toscana.monitoring.deployment.api.VoipInstallationResponse;
import it.toscana.monitoring.deployment.domain.VoipInstallation;
import it.toscana.monitoring.deployment.mapping.VoipInstallationMapper;
import it.toscana.monitoring.deployment.service.FactKinds;
import jakarta.ws.rs.Path;

@Path("/api/v1/voip-installations")
@Tag(name = "Other rollout facts")
@FactNames(one = "VoIP installation", many = "VoIP installations", idOne = "VoipInstallation", idMany = "VoipInstallations")
public class VoipInstallationResource
        extends FactResource<VoipInstallation, VoipInstallationRequest, VoipInstallationResponse> {

    public VoipInstallationResource() {
        super(FactKinds.VOIP, VoipInstallationMapper::toRequest, VoipInstallationRequest.class,
                VoipInstallationResponse::new);
    }
}
