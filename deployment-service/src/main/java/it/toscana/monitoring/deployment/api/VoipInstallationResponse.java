package it.toscana.monitoring.deployment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.deployment.domain.VoipInstallation;

/** A VoIP installation as served. */
@Schema(allOf = VoipInstallationRequest.class, description = FactResponse.AS_SERVED)
public final class VoipInstallationResponse extends FactResponse<VoipInstallationRequest> {

    public VoipInstallationResponse(VoipInstallation fact, VoipInstallationRequest fields) {
        super(fact, fields);
    }
}
