package it.toscana.monitoring.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import it.toscana.monitoring.platform.text.ControlCharacterException;
import it.toscana.monitoring.platform.text.ControlCharacters;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Every error leaves as problem+json; nothing internal (stack traces, SQL, class names) leaks. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.of(e, uri.getPath());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemType.VALIDATION, "The request has invalid fields.", uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        if (e instanceof ControlCharacterException) {
            return respond(ProblemType.VALIDATION, "The request has invalid fields.", uri,
                    List.of(new Problem.FieldError(field, ControlCharacters.MESSAGE)));
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field, "has a value of the wrong type or format"));
        return respond(ProblemType.MALFORMED_BODY, "The body is not valid JSON for this operation.", uri, errors);
    }

    /** Declared on its own because Quarkus REST ships a closer, plain-JSON mapper for this type. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        return respond(ProblemType.forStatus(status),
                status >= 500 ? "The server could not complete the request." : e.getMessage(), uri, List.of());
    }

    /**
     * Services check every rule before writing, so a database constraint or a version clash that
     * still fires means a concurrent request won the race (e.g. two PUTs creating the same key):
     * a 409 the client can retry, not a 500. Below the default priority so a service's own
     * mapper for these types wins.
     */
    @ServerExceptionMapper(priority = Priorities.USER + 1)
    public Response uniqueKeyRace(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    /** A value the database cannot store (out of its column's range, or not text it accepts) is the client's. */
    @ServerExceptionMapper(priority = Priorities.USER + 1)
    public Response unstorableValue(org.hibernate.exception.DataException e, UriInfo uri) {
        LOG.debugf(e, "Value refused by the database");
        return respond(ProblemType.VALIDATION, "A value of the request is out of range or cannot be stored.", uri,
                List.of());
    }

    @ServerExceptionMapper(priority = Priorities.USER + 1)
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return Problems.unauthorized(uri.getPath(), "This call needs a valid bearer token.");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri) {
        return Problems.unauthorized(uri.getPath(), "The bearer token is invalid or expired.");
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return Problems.forbidden(uri.getPath(), "Your role may not make this call.");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(ProblemType.INTERNAL, "The server could not complete the request (incident " + incident + ").",
                uri, List.of());
    }

    private static Response concurrentChange(UriInfo uri) {
        return respond(ProblemType.CONCURRENT_CHANGE, "A concurrent request changed the same data; read it again and retry.", uri,
                List.of());
    }

    private static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return Problems.of(type, detail, uri.getPath(), errors);
    }

    /** {@code create.request.name} → {@code name}: the JSON field, not the Java call path. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
    }
}
