package it.toscana.monitoring.platform.text;

import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;

/** The path and query parameters follow {@link ControlCharacters} too, before any resource sees them. */
public class SafeTextParameters {

    @ServerRequestFilter(preMatching = true)
    public Response refuseControlCharacters(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        try {
            for (PathSegment segment : request.getUriInfo().getPathSegments()) {
                if (ControlCharacters.present(segment.getPath())) {
                    return refuse("path", path);
                }
            }
        } catch (IllegalArgumentException literalPercent) {
            // RESTEasy decodes the segments of an already decoded path: "%25s" arrives as "%s", an invalid escape
            // (it answered 500). Such a path is checked as a whole instead.
            if (ControlCharacters.present(path)) {
                return refuse("path", path);
            }
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (ControlCharacters.present(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(ControlCharacters::present)) {
                return refuse(parameter.getKey(), path);
            }
        }
        return null;
    }

    private static Response refuse(String field, String path) {
        return Problems.of(ProblemType.VALIDATION, "The request has invalid fields.", path,
                List.of(new Problem.FieldError(field, ControlCharacters.MESSAGE)));
    }
}
