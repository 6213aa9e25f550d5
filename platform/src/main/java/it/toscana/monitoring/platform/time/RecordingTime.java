package it.toscana.monitoring.platform.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Recording time: when this system learned a fact (see {@code knownAt=}). */
public final class RecordingTime {

    private RecordingTime() {
    }

    /**
     * Now, at the database's precision (microseconds): the instant a response shows is the one stored, so a
     * {@code knownAt} equal to it finds the record (a finer clock would be rounded, possibly up, when stored).
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
