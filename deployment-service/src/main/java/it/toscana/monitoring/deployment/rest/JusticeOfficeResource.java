package it.toscana.monitoring.deployment.rest;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.deployment.api.JusticeOfficeRequest;
import it.toscana.monitoring.deployment.api.JusticeOfficeResponse;
import it.toscana.monitoring.deployment.domain.JusticeOffice;
import it.toscana.monitoring.deployment.mapping.JusticeOfficeMapper;
import it.toscana.monitoring.deployment.service.FactKinds;
import jakarta.ws.rs.Path;

@Path("/api/v1/justice-offices")
@Tag(name = "Other rollout facts")
@FactNames(one = "justice office", many = "justice offices", idOne = "JusticeOffice", idMany = "JusticeOffices")
public class JusticeOfficeResource
        extends FactResource<JusticeOffice, JusticeOfficeRequest, JusticeOfficeResponse> {

    public JusticeOfficeResource() {
        super(FactKinds.JUSTICE_OFFICE, JusticeOfficeMapper::toRequest, JusticeOfficeRequest.class,
                JusticeOfficeResponse::new);
    }
}
