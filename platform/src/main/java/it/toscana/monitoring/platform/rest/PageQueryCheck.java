package it.toscana.monitoring.platform.rest;

import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * {@code page} and {@code size} that are not whole numbers in range (e.g. {@code 99999999999}, which
 * no int holds) are a 400 naming the parameter; JAX-RS would answer 404 for a value it cannot convert.
 */
public class PageQueryCheck {

    @ServerRequestFilter(preMatching = true)
    public Response refuseOutOfRange(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        return check("page", query.get("page"), 0, PageParams.MAX_PAGE)
                .or(() -> check("size", query.get("size"), 1, PageParams.MAX_SIZE))
                .map(error -> Problems.of(ProblemType.VALIDATION, "The request has invalid fields.",
                        request.getUriInfo().getPath(), List.of(error)))
                .orElse(null);
    }

    private static Optional<Problem.FieldError> check(String name, List<String> values, int min, int max) {
        boolean fine = values == null || values.stream().map(String::strip)
                .allMatch(value -> value.matches("\\d{1,10}") && Long.parseLong(value) >= min && Long.parseLong(value) <= max);
        return fine ? Optional.empty()
                : Optional.of(new Problem.FieldError(name, "must be a whole number from " + min + " to " + max));
    }
}
