package it.toscana.monitoring.platform.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.toscana.monitoring.platform.problem.ProblemException;

/**
 * Query parameters read as text and parsed here, so that a bad value is a 400 naming the
 * parameter (JAX-RS would answer 404 for a parameter it cannot convert).
 */
public final class QueryValues {

    /** Dates of the registers are Italian civil dates. */
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private QueryValues() {
    }

    /** An ISO date, or today in Italy when absent. */
    public static LocalDate dateOrToday(String name, String value) {
        LocalDate date = date(name, value);
        return date != null ? date : LocalDate.now(ITALY);
    }

    public static LocalDate date(String name, String value) {
        return parsed(name, value, LocalDate::parse, "must be an ISO date such as 2009-01-01");
    }

    /**
     * A moment of recording time (e.g. {@code knownAt}): an ISO-8601 instant such as 2009-09-19T12:00:00Z (or with
     * an offset), or a date meaning the end of that day in Italy: its last microsecond, the database's precision.
     */
    public static Instant instantOrEndOfDay(String name, String value) {
        return parsed(name, value, text -> text.contains("T") ? Instant.parse(text)
                : LocalDate.parse(text).plusDays(1).atStartOfDay(ITALY).toInstant().minus(1, ChronoUnit.MICROS),
                "must be an ISO-8601 instant such as 2009-09-19T12:00:00Z, or a date such as 2009-09-19 (the end of that day)");
    }

    /** An ISO-8601 instant such as 2009-09-19T12:00:00Z, or with an offset. */
    public static Instant instant(String name, String value) {
        return parsed(name, value, Instant::parse, "must be an ISO-8601 instant such as 2009-09-19T12:00:00Z");
    }

    /** A moment from which on (e.g. {@code since}): an ISO-8601 instant, or a date meaning the start of that day in Italy. */
    public static Instant instantOrStartOfDay(String name, String value) {
        return parsed(name, value, text -> text.contains("T") ? Instant.parse(text)
                : LocalDate.parse(text).atStartOfDay(ITALY).toInstant(),
                "must be an ISO-8601 instant such as 2009-09-19T12:00:00Z, or a date such as 2009-09-19 (the start of that day)");
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        return parsed(name, value, text -> Enum.valueOf(type, text), "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    public static UUID uuid(String name, String value) {
        return parsed(name, value, UUID::fromString, "must be a UUID such as 3f2b8c1e-0d4a-4c5e-9a7b-1c2d3e4f5a6b");
    }

    /** A code filter such as a province or ISTAT code (see {@link Codes}), checked against its format. */
    public static String code(String name, String value, String pattern, String message) {
        return parsed(name, value, text -> matching(text, pattern), message);
    }

    /** {@code true} or {@code false}, false when absent: a misspelt value must not mean false silently. */
    public static boolean flag(String name, String value) {
        return Boolean.TRUE.equals(bool(name, value));
    }

    /** {@code true} or {@code false}, null when absent (e.g. a filter that then keeps both). */
    public static Boolean bool(String name, String value) {
        return parsed(name, value, text -> switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        }, "must be true or false");
    }

    /** A count of zero or more. */
    public static Integer count(String name, String value) {
        return parsed(name, value, text -> Integer.valueOf(matching(text, "\\d{1,9}")), "must be a whole number such as 120");
    }

    /** An amount in euros with at most two decimals, such as 1250.50. */
    public static BigDecimal amount(String name, String value) {
        return parsed(name, value, text -> new BigDecimal(matching(text, "-?\\d{1,13}(\\.\\d{1,2})?")),
                "must be an amount with at most two decimals such as 1250.50");
    }

    /**
     * The value, stripped, read by {@code parse}; null when absent. A value it cannot read (it throws a parse
     * or argument exception) is a 400 naming the parameter and saying what was {@code expected}.
     */
    private static <T> T parsed(String name, String value, Function<String, T> parse, String expected) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ProblemException.invalidField(name, expected);
        }
    }

    private static String matching(String text, String pattern) {
        if (!text.matches(pattern)) {
            throw new IllegalArgumentException(text);
        }
        return text;
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }
}
