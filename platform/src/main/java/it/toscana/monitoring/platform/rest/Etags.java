package it.toscana.monitoring.platform.rest;

import java.util.List;

import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/** Every single resource's ETag is its version; {@code If-Match} on a write must name the current one. */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 412 when {@code If-Match} is present and names neither {@code *} nor the current version. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        boolean matches = List.of(ifMatch.split(",")).stream()
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(current::equals);
        if (!matches) {
            throw ProblemException.of(ProblemType.STALE_ETAG,
                    "If-Match " + ifMatch + " does not match the current version " + current + "; read it again.");
        }
    }
}
