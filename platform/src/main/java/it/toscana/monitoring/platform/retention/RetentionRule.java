package it.toscana.monitoring.platform.retention;

/**
 * A service's own table kept to a retention window: a bean implementing this is purged by
 * {@link RetentionPurge} on its schedule, each in a transaction of its own.
 */
public interface RetentionRule {

    /** What is purged, for the log line (e.g. "change-log rows"). */
    String what();

    /** Deletes the rows past their retention; answers how many. */
    int purge();
}
