package it.toscana.monitoring.deployment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.deployment.domain.InterProStatus;

/** An InterPro status as served. */
@Schema(allOf = InterProRequest.class, description = FactResponse.AS_SERVED)
public final class InterProResponse extends FactResponse<InterProRequest> {

    public InterProResponse(InterProStatus fact, InterProRequest fields) {
        super(fact, fields);
    }
}
