package it.toscana.monitoring.territory.rest;

import java.util.List;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemMappers;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The services check every rule before writing, so a database constraint or a version clash that
 * still fires means a concurrent request won the race (e.g. two PUTs creating the same code):
 * a 409 the client can retry, not a 500.
 */
public class PersistenceConflictMappers {

    /** The platform's problem+json shape; {@code problem(...)} needs no injected state. */
    private static final ProblemMappers PROBLEMS = new ProblemMappers();

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        return conflict(uri);
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return conflict(uri);
    }

    private Response conflict(UriInfo uri) {
        return PROBLEMS.problem(new ProblemException(409, "Conflict",
                "A concurrent request changed the same data; read it again and retry.", List.of()), uri);
    }
}
