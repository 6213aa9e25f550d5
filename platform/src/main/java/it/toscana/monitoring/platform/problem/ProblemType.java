package it.toscana.monitoring.platform.problem;

import java.net.URI;
import java.util.Arrays;

/**
 * The catalogue of problems every service answers with: one stable {@code type} URI, status and
 * title per condition, so a client can branch on the type and the same condition reads the same
 * in every service. The README lists it; a new kind of refusal gets its entry here first.
 */
public enum ProblemType {

    /** Fields, query parameters or headers that break their format; {@code errors} names each. */
    VALIDATION("validation", 400, "Invalid request"),
    /** The body is not JSON, or not the JSON this operation reads. */
    MALFORMED_BODY("malformed-body", 400, "Malformed request body"),
    /** A path with dot segments, empty segments or encoded separators (the gateway does not route it). */
    INVALID_PATH("invalid-path", 400, "Invalid path"),
    UNAUTHORIZED("unauthorized", 401, "Unauthorized"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    /** The request conflicts with the current state (a key taken, a delete while others refer to it). */
    CONFLICT("conflict", 409, "Conflict"),
    /** A concurrent request changed the same data first; read again and retry. */
    CONCURRENT_CHANGE("concurrent-change", 409, "Concurrent change"),
    /** A request with the same Idempotency-Key is still running. */
    REQUEST_IN_PROGRESS("request-in-progress", 409, "Request in progress"),
    /** {@code If-Match} names a version that is no longer current. */
    STALE_ETAG("stale-etag", 412, "Precondition failed"),
    /** A change-feed cursor older than the retention window (or not from this log): read everything again, then follow the feed. */
    CURSOR_EXPIRED("cursor-expired", 410, "Cursor expired"),
    /** A body, or a bulk call's item list, larger than accepted. */
    TOO_LARGE("too-large", 413, "Content too large"),
    /** A path and query longer than accepted (platform.limits.max-request-target). */
    URI_TOO_LONG("uri-too-long", 414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    /** The body names a community, municipality, allocation, ... this service does not know. */
    UNKNOWN_REFERENCE("unknown-reference", 422, "Unknown reference"),
    /** A domain rule is broken (e.g. paid above assigned, an item repeated in one call). */
    BUSINESS_RULE("business-rule", 422, "Business rule broken"),
    /** A batch's declared item count or amount sum differs from what arrived; {@code errors} names both figures. */
    CONTROL_TOTALS_MISMATCH("control-totals-mismatch", 422, "Control totals do not match"),
    /** The same Idempotency-Key was used before with another body. */
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key reused"),
    /** The client's request budget or its open streams are used up; {@code Retry-After} says when to retry. */
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    /** An unexpected failure; the detail carries an incident id for the logs. */
    INTERNAL("internal", 500, "Internal error"),
    /** The owning service answered with something that is not HTTP. */
    BAD_GATEWAY("bad-gateway", 502, "Bad gateway"),
    /** Busy or not reachable now (a full queue, a service that does not answer); retry later. */
    UNAVAILABLE("unavailable", 503, "Service unavailable");

    /** Where the types live; each one's page is this plus its slug. */
    public static final String BASE = "https://monitoring.toscana.it/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI type() {
        return URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /**
     * The entry for an HTTP error raised outside the services' own code (an unknown route, an
     * unreadable parameter): the first entry with that status, or the nearest general one.
     */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values()).filter(type -> type.status == status).findFirst()
                .orElse(status >= 500 ? INTERNAL : VALIDATION);
    }
}
