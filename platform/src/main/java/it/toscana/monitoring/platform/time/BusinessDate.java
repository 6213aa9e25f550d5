package it.toscana.monitoring.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.platform.problem.ProblemException;

/**
 * A fact's business date as its writer gives it: a date and where it comes from. A fact without a date
 * of its own is dated, when read or published, by the day it was first recorded, and says so
 * ({@link DateSource#RECORDING_DATE}); no precise date is ever invented.
 *
 * @param date null for {@link DateSource#RECORDING_DATE}
 */
public record BusinessDate(LocalDate date, DateSource source) {

    /** Business days are Tuscan days. */
    public static final ZoneId TUSCANY = ZoneId.of("Europe/Rome");

    /**
     * What a request says. A date without a source is {@link DateSource#STATED}; no date, or the source
     * {@link DateSource#RECORDING_DATE} (a GET sent back as it came), means "no date of its own".
     *
     * @param field the date's JSON field, named when the source needs a date that is missing
     */
    public static BusinessDate given(String field, LocalDate date, DateSource source) {
        if (source == DateSource.RECORDING_DATE || date == null && source == null) {
            return new BusinessDate(null, DateSource.RECORDING_DATE);
        }
        if (date == null) {
            throw ProblemException.invalidField(field, "is required when its source is " + source);
        }
        return new BusinessDate(date, source == null ? DateSource.STATED : source);
    }

    /** The date to use: the given one, else the day the fact was first recorded (in Tuscany). */
    public LocalDate resolve(Instant recordedAt) {
        return date != null ? date : day(recordedAt);
    }

    /** Whether the fact carries a date of its own (stated, or its document's), not just its recording day. */
    public boolean isDated() {
        return date != null;
    }

    public static LocalDate day(Instant instant) {
        return instant.atZone(TUSCANY).toLocalDate();
    }
}
