package it.toscana.monitoring.deployment.rest;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import it.toscana.monitoring.platform.rest.QueryValues;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?asOf=&knownAt=} on the collections that keep history: the two time axes, combinable; use with
 * {@code @BeanParam}. Read as text so that a malformed value is a 400 naming the parameter.
 */
public class TimeAxesParams {

    @QueryParam("asOf")
    @Parameter(description = "Business time, YYYY-MM-DD: what was true in the world on that date (by the dates "
            + "the facts hold from, e.g. `since`, a status's since, a usage report's period end)",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String asOf;

    @QueryParam("knownAt")
    @Parameter(description = "Recording time: what this system had recorded by then. An ISO-8601 instant "
            + "(2009-09-19T12:00:00Z), or a date meaning the end of that day in Europe/Rome",
            schema = @Schema(type = SchemaType.STRING))
    public String knownAt;

    public LocalDate asOf() {
        return QueryValues.date("asOf", asOf);
    }

    public Instant knownAt() {
        return QueryValues.instantOrEndOfDay("knownAt", knownAt);
    }

    /** Neither axis asked: the facts as they are stored now. */
    public boolean isNow() {
        return asOf() == null && knownAt() == null;
    }
}
