package it.toscana.monitoring.territory.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import it.toscana.monitoring.territory.service.Refusals;

/**
 * Query parameters read as text and parsed here, so that a bad value is a 400 naming the
 * parameter (JAX-RS would answer 404 for a parameter it cannot convert).
 */
final class QueryValues {

    /** Dates of the register are Italian civil dates. */
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private QueryValues() {
    }

    /** An ISO date, or today in Italy when absent. */
    static LocalDate dateOrToday(String name, String value) {
        LocalDate date = date(name, value);
        return date != null ? date : LocalDate.now(ITALY);
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusals.invalidField(name, "must be an ISO date such as 2009-01-01");
        }
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw Refusals.invalidField(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A code filter such as a province or ISTAT code, checked against its format. */
    static String code(String name, String value, String pattern, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches(pattern)) {
            throw Refusals.invalidField(name, message);
        }
        return value.strip();
    }
}
