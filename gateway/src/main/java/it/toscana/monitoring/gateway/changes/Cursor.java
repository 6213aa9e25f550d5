package it.toscana.monitoring.gateway.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import it.toscana.monitoring.platform.problem.ProblemException;

/**
 * The opaque cursor of the change feed: base64url of the change's position in the log. Opaque so that a
 * client stores it as it is and the encoding may change; stable because positions are never reused.
 */
public final class Cursor {

    private static final String PREFIX = "c1:";

    private Cursor() {
    }

    public static String of(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a cursor names; 400 naming {@code parameter} when it is not a cursor this gateway wrote. */
    public static long position(String cursor, String parameter) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(PREFIX)) {
                long position = Long.parseLong(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64url or not a number: refused below
        }
        throw ProblemException.invalidField(parameter, "is not a cursor of this feed; use a 'next' value or an event id as it was");
    }
}
