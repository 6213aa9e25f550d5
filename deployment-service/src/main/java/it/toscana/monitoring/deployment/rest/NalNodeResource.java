package it.toscana.monitoring.deployment.rest;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.deployment.api.NalNodeRequest;
import it.toscana.monitoring.deployment.api.NalNodeResponse;
import it.toscana.monitoring.deployment.domain.NalNode;
import it.toscana.monitoring.deployment.mapping.NalNodeMapper;
import it.toscana.monitoring.deployment.service.FactKinds;
import jakarta.ws.rs.Path;

@Path("/api/v1/nal-nodes")
@Tag(name = "CART")
@FactNames(one = "NAL node", many = "NAL nodes", idOne = "NalNode", idMany = "NalNodes")
public class NalNodeResource extends FactResource<NalNode, NalNodeRequest, NalNodeResponse> {

    public NalNodeResource() {
        super(FactKinds.NAL_NODE, NalNodeMapper::toRequest, NalNodeRequest.class, NalNodeResponse::new);
    }
}
