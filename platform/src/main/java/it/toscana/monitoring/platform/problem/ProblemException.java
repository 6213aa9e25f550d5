package it.toscana.monitoring.platform.problem;

import java.util.List;

/** A request the service refuses on purpose; mapped to problem+json with this status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** 400 naming the one field (or query parameter) that is wrong, as bean validation would. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "Invalid request", "The request has invalid fields.",
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Business rule broken", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
