package it.toscana.monitoring.platform.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, with {@code errors} naming each invalid field; {@code type} from {@link ProblemType}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "The problem type's URI, from the catalogue every service shares") String type,
        @Schema(description = "The problem type's short title") String title,
        @Schema(description = "The HTTP status") int status,
        @Schema(description = "What went wrong with this request, in words") String detail,
        @Schema(description = "The path of the request") String instance,
        @Schema(description = "Each invalid field with what is wrong with it") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.type().toString(), type.title(), type.status(), detail, instance, errors);
    }

    public record FieldError(
            @Schema(description = "The field, parameter or header, dotted for a nested field") String field,
            @Schema(description = "What is wrong with it") String message) {
    }
}
