package it.toscana.monitoring.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, with {@code errors} naming each invalid field; {@code type} from {@link ProblemType}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.type().toString(), type.title(), type.status(), detail, instance, errors);
    }

    public record FieldError(String field, String message) {
    }
}
