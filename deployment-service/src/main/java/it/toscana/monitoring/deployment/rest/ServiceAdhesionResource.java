package it.toscana.monitoring.deployment.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.deployment.api.ServiceAdhesionRequest;
import it.toscana.monitoring.deployment.api.ServiceAdhesionResponse;
import it.toscana.monitoring.deployment.domain.ServiceAdhesion;
import it.toscana.monitoring.deployment.mapping.ServiceAdhesionMapper;
import it.toscana.monitoring.deployment.service.FactKinds;
import it.toscana.monitoring.events.deployment.ServiceAdhesionState;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.Responses;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/service-adhesions")
@Tag(name = "Other rollout facts")
@FactNames(one = "START, SUAP or URP adhesion", many = "START, SUAP and URP adhesions", idOne = "ServiceAdhesion",
        idMany = "ServiceAdhesions")
public class ServiceAdhesionResource
        extends FactResource<ServiceAdhesion, ServiceAdhesionRequest, ServiceAdhesionResponse> {

    public ServiceAdhesionResource() {
        super(FactKinds.SERVICE_ADHESION, ServiceAdhesionMapper::toRequest, ServiceAdhesionRequest.class,
                ServiceAdhesionResponse::new);
    }

    /** The inherited list, documented with the filter of this kind's own, {@code ?service=} (declared in FactKinds). */
    @Override
    @GET
    @Produces({ MediaType.APPLICATION_JSON, Responses.CSV })
    @Operation(summary = "List {many}, filtered by community, municipality, status and service (JSON or CSV)")
    @Parameter(name = "service", in = ParameterIn.QUERY, description = "The regional service: START, SUAP or URP",
            schema = @Schema(implementation = ServiceAdhesionState.Service.class))
    @APIResponse(responseCode = "200", description = "One page, with Link headers to the next and previous pages")
    public Response list(@BeanParam @Valid FilterParams filter, @BeanParam @Valid PageParams page) {
        return super.list(filter, page);
    }
}
