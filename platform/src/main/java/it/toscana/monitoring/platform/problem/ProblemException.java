package it.toscana.monitoring.platform.problem;

import java.util.List;

/** A request the service refuses on purpose; mapped to problem+json of its catalogue {@link ProblemType}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Long retryAfterSeconds;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, detail, errors, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors, Long retryAfterSeconds) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException of(ProblemType type, String detail) {
        return new ProblemException(type, detail, List.of());
    }

    /** 400 naming the one field (or query parameter) that is wrong, as bean validation would. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "The request has invalid fields.",
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(String detail) {
        return of(ProblemType.VALIDATION, detail);
    }

    public static ProblemException notFound(String detail) {
        return of(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return of(ProblemType.CONFLICT, detail);
    }

    public static ProblemException unprocessable(String detail) {
        return of(ProblemType.BUSINESS_RULE, detail);
    }

    /** 422: a business rule broken by one field's value. */
    public static ProblemException businessRule(String field, String message, String detail) {
        return new ProblemException(ProblemType.BUSINESS_RULE, detail, List.of(new Problem.FieldError(field, message)));
    }

    /** 422: the body names something (a community, a municipality, an allocation) this service does not know. */
    public static ProblemException unknownReference(String field, String detail) {
        return new ProblemException(ProblemType.UNKNOWN_REFERENCE, detail, List.of(new Problem.FieldError(field, "is not known")));
    }

    public static ProblemException forbidden(String detail) {
        return of(ProblemType.FORBIDDEN, detail);
    }

    /** 503 with {@code Retry-After}: busy now, worth retrying later. */
    public static ProblemException unavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(ProblemType.UNAVAILABLE, detail, List.of(), retryAfterSeconds);
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    public String title() {
        return type.title();
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** Seconds for a {@code Retry-After} header, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The problem body, for responses and for a bulk call's item results. */
    public Problem toProblem(String instance) {
        return Problem.of(type, getMessage(), instance, errors);
    }
}
