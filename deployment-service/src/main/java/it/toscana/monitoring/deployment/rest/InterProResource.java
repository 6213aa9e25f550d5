package it.toscana.monitoring.deployment.rest;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.deployment.api.InterProRequest;
import it.toscana.monitoring.deployment.api.InterProResponse;
import it.toscana.monitoring.deployment.domain.InterProStatus;
import it.toscana.monitoring.deployment.mapping.InterProMapper;
import it.toscana.monitoring.deployment.service.FactKinds;
import jakarta.ws.rs.Path;

@Path("/api/v1/interpro-statuses")
@Tag(name = "CART")
@FactNames(one = "InterPro status of an entity", many = "InterPro protocol statuses", idOne = "InterProStatus", idMany = "InterProStatuses")
public class InterProResource extends FactResource<InterProStatus, InterProRequest, InterProResponse> {

    public InterProResource() {
        super(FactKinds.INTERPRO, InterProMapper::toRequest, InterProRequest.class, InterProResponse::new);
    }
}
