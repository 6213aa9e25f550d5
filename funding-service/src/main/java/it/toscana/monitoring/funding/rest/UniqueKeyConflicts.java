package it.toscana.monitoring.funding.rest;

import java.util.List;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import it.toscana.monitoring.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Two requests creating the same key at the same moment both pass the existence check; the
 * database's unique key refuses the second. That is a conflict with the current state, not a 500.
 */
public class UniqueKeyConflicts {

    @ServerExceptionMapper
    public Response conflict(ConstraintViolationException e, UriInfo uri) {
        Problem problem = new Problem("about:blank", "Conflict",
                409, "Another request wrote the same key at the same time; read the current state and retry.",
                uri.getPath(), List.of());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
