package it.toscana.monitoring.funding.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import it.toscana.monitoring.platform.time.BusinessDate;

/** Optional filters of a collection, as an HQL condition with named parameters; a null value adds nothing. */
public final class Criteria {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public Criteria equal(String property, Object value) {
        return add(property + " = :%s", value);
    }

    /** Matches the value, or a null property when the value is null. */
    public Criteria sameAs(String property, Object value) {
        if (value == null) {
            conditions.add(property + " is null");
            return this;
        }
        return equal(property, value);
    }

    /** Values starting with {@code prefix} (taken literally: {@code %} and {@code _} match themselves); null never does. */
    public Criteria startsWith(String property, String prefix) {
        String literal = prefix == null ? null : prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return add(property + " like :%s escape '\\'", literal);
    }

    public Criteria notEqual(String property, Object value) {
        return add(property + " <> :%s", value);
    }

    public Criteria memberOf(String collection, Object value) {
        return add(":%s member of " + collection, value);
    }

    public Criteria isNull(String property, boolean onlyNull) {
        if (onlyNull) {
            conditions.add(property + " is null");
        }
        return this;
    }

    /** {@code property <= value}, a null property counting as no bound. */
    public Criteria atMost(String property, Object value) {
        return add("(" + property + " is null or " + property + " <= :%s)", value);
    }

    public Criteria atLeast(String property, Object value) {
        return add(property + " >= :%s", value);
    }

    /**
     * A business date (see {@link BusinessDate}) within {@code [from, to]}, either bound optional: the date of its
     * own when it has one, else the Tuscan day of its recording time.
     */
    public Criteria businessDateWithin(String date, String recordedAt, LocalDate from, LocalDate to) {
        add("(" + date + " >= :%1$s or (" + date + " is null and " + recordedAt + " >= :%2$s))", from, startOf(from));
        return add("(" + date + " <= :%1$s or (" + date + " is null and " + recordedAt + " < :%2$s))", to,
                to == null ? null : startOf(to.plusDays(1)));
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(BusinessDate.TUSCANY).toInstant();
    }

    /** Adds the condition when every value is given; {@code template} names them {@code %1$s}, {@code %2$s}... */
    private Criteria add(String template, Object... values) {
        if (Arrays.stream(values).anyMatch(Objects::isNull)) {
            return this;
        }
        Object[] names = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = "p" + parameters.size();
            parameters.put((String) names[i], values[i]);
        }
        conditions.add(template.formatted(names));
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
