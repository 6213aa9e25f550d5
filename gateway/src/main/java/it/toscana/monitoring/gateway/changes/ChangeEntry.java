package it.toscana.monitoring.gateway.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One row of the change log: the {@code position}-th change the gateway applied. */
public record ChangeEntry(long position, String type, String id, long version, LocalDate businessTime, Instant recordedAt,
        List<String> communities) {
}
