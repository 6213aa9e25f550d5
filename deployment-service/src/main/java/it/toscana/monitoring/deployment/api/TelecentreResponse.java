package it.toscana.monitoring.deployment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.deployment.domain.Telecentre;

/** A telecentre (phase) as served. */
@Schema(allOf = TelecentreRequest.class, description = FactResponse.AS_SERVED)
public final class TelecentreResponse extends FactResponse<TelecentreRequest> {

    public TelecentreResponse(Telecentre fact, TelecentreRequest fields) {
        super(fact, fields);
    }
}
