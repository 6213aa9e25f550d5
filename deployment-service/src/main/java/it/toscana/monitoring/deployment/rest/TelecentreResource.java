package it.toscana.monitoring.deployment.rest;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.deployment.api.TelecentreRequest;
import it.toscana.monitoring.deployment.api.TelecentreResponse;
import it.toscana.monitoring.deployment.domain.Telecentre;
import it.toscana.monitoring.deployment.mapping.TelecentreMapper;
import it.toscana.monitoring.deployment.service.FactKinds;
import jakarta.ws.rs.Path;

@Path("/api/v1/telecentres")
@Tag(name = "Other rollout facts")
@FactNames(one = "telecentre (phase)", many = "telecentres", idOne = "Telecentre", idMany = "Telecentres")
public class TelecentreResource extends FactResource<Telecentre, TelecentreRequest, TelecentreResponse> {

    public TelecentreResource() {
        super(FactKinds.TELECENTRE, TelecentreMapper::toRequest, TelecentreRequest.class, TelecentreResponse::new);
    }
}
