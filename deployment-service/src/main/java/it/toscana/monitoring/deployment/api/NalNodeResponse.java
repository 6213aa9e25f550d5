package it.toscana.monitoring.deployment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.deployment.domain.NalNode;

/** A NAL node as served. */
@Schema(allOf = NalNodeRequest.class, description = FactResponse.AS_SERVED)
public final class NalNodeResponse extends FactResponse<NalNodeRequest> {

    public NalNodeResponse(NalNode fact, NalNodeRequest fields) {
        super(fact, fields);
    }
}
