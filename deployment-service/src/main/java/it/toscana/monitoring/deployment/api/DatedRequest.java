package it.toscana.monitoring.deployment.api;

import java.time.LocalDate;

import it.toscana.monitoring.events.DateSource;

/**
 * A rollout fact's fields with the business date its stated status and figures hold from: {@code since} and
 * where it comes from, {@code sinceSource} (the rule of {@code BusinessDate}). Both optional.
 */
public interface DatedRequest {

    String SINCE = "The date the stated status and figures hold from (business time). Optional: without it the "
            + "fact holds from the day it was first recorded (sinceSource RECORDING_DATE). In responses always set: "
            + "the date given, else that day.";

    String SINCE_SOURCE = "Where `since` comes from. STATED (the default when `since` is sent): the fact's own date. "
            + "DOCUMENT_DATE: the document prints no date of its own, `since` is the document's date. "
            + "RECORDING_DATE (shown when no date was given): none; sent back, it keeps the fact undated and "
            + "ignores `since`.";

    LocalDate since();

    DateSource sinceSource();
}
