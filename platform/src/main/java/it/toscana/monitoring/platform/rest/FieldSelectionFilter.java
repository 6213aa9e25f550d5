package it.toscana.monitoring.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.util.List;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Sparse reads in every service: {@code ?fields=} on a successful GET keeps only the named fields of a
 * {@link Page}'s items (JSON and CSV, whose columns follow the JSON) or of a single record, such as a
 * totals view. A name the answer's type does not have is a 400 naming it. Answers that are not the
 * service's own records (proxied bytes, documents) pass unchanged.
 */
public class FieldSelectionFilter {

    @Inject
    ObjectMapper json;

    @ServerResponseFilter
    public void select(ContainerRequestContext request, ContainerResponseContext response) {
        String value = request.getUriInfo().getQueryParameters().getFirst(FieldSelection.PARAMETER);
        if (value == null || !HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        Object entity = response.getEntity();
        JavaType type = typeOf(entity, response);
        if (type == null) {
            return;
        }
        String instance = request.getUriInfo().getPath();
        FieldSelection selection;
        try {
            selection = FieldSelection.parse(value);
        } catch (IllegalArgumentException e) {
            refuse(response, instance, List.of(new Problem.FieldError(FieldSelection.PARAMETER, e.getMessage())));
            return;
        }
        List<String> unknown = selection.unknownIn(type, json);
        if (!unknown.isEmpty()) {
            refuse(response, instance, unknown.stream()
                    .map(name -> new Problem.FieldError(FieldSelection.PARAMETER, "unknown field '" + name + "'")).toList());
            return;
        }
        if (entity instanceof Page<?> page) {
            response.setEntity(page.map(item -> selection.prune(json.valueToTree(item))));
        } else {
            response.setEntity(selection.prune(json.valueToTree(entity)));
        }
    }

    /** The type whose fields may be selected: a page's item type, or a record's; null for anything else. */
    private JavaType typeOf(Object entity, ContainerResponseContext response) {
        if (entity instanceof Page<?> page) {
            if (response.getEntityType() instanceof ParameterizedType generic) {
                return json.constructType(generic.getActualTypeArguments()[0]);
            }
            // an empty page has no item to tell its type: nothing to prune, nothing to check
            return page.items().isEmpty() ? null : json.constructType(page.items().get(0).getClass());
        }
        return entity.getClass().isRecord() ? json.constructType(entity.getClass()) : null;
    }

    private static void refuse(ContainerResponseContext response, String instance, List<Problem.FieldError> errors) {
        Response problem = Problems.of(ProblemType.VALIDATION, "The request has invalid fields.", instance, errors);
        response.getHeaders().remove(HttpHeaders.ETAG);
        response.getHeaders().remove("Link");
        response.setStatus(problem.getStatus());
        response.setEntity(problem.getEntity(), new Annotation[0], problem.getMediaType());
    }
}
