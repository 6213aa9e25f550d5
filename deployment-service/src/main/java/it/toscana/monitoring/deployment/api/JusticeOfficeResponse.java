package it.toscana.monitoring.deployment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.deployment.domain.JusticeOffice;

/** A justice office as served. */
@Schema(allOf = JusticeOfficeRequest.class, description = FactResponse.AS_SERVED)
public final class JusticeOfficeResponse extends FactResponse<JusticeOfficeRequest> {

    public JusticeOfficeResponse(JusticeOffice fact, JusticeOfficeRequest fields) {
        super(fact, fields);
    }
}
