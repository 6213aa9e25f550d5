package it.toscana.monitoring.events;

/**
 * Where a fact's business date (when it took effect in the world) comes from. Documents often print
 * a figure without its own date; the date used then says so instead of passing for a precise one.
 */
public enum DateSource {
    /** The fact's own date: its act, payment, report period or status change, as given. */
    STATED,
    /** Not given with the fact: the date of the document that reports it. */
    DOCUMENT_DATE,
    /** Not given at all: the day this system first recorded the fact. */
    RECORDING_DATE
}
