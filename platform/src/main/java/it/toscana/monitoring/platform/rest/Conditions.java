package it.toscana.monitoring.platform.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import it.toscana.monitoring.platform.time.BusinessDate;
import jakarta.persistence.Query;

/**
 * The where clause of a collection's query (JPQL or SQL) with its named parameters, built from optional
 * filters: a condition whose value is null adds nothing. {@link Listing} pages over it.
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** A condition that always holds, e.g. {@code not v.deleted}. */
    public Conditions and(String clause) {
        clauses.add(clause);
        return this;
    }

    /** Adds {@code clause}, which names {@code :parameter}, when {@code value} is not null. */
    public Conditions and(String clause, String parameter, Object value) {
        return value == null ? this : and(clause).parameter(parameter, value);
    }

    /** A parameter the query names elsewhere than in these conditions (e.g. in a subquery). */
    public Conditions parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public Conditions equal(String property, Object value) {
        return add(property + " = :%s", value);
    }

    /** Matches the value, or a null property when the value is null. */
    public Conditions sameAs(String property, Object value) {
        return value == null ? and(property + " is null") : equal(property, value);
    }

    /** Values starting with {@code prefix} (taken literally: {@code %} and {@code _} match themselves); null adds nothing. */
    public Conditions startsWith(String property, String prefix) {
        String literal = prefix == null ? null : prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return add(property + " like :%s escape '\\'", literal);
    }

    public Conditions notEqual(String property, Object value) {
        return add(property + " <> :%s", value);
    }

    public Conditions memberOf(String collection, Object value) {
        return add(":%s member of " + collection, value);
    }

    public Conditions isNull(String property, boolean onlyNull) {
        return onlyNull ? and(property + " is null") : this;
    }

    /** {@code property <= value}, a null property counting as no bound. */
    public Conditions atMost(String property, Object value) {
        return add("(" + property + " is null or " + property + " <= :%s)", value);
    }

    public Conditions atLeast(String property, Object value) {
        return add(property + " >= :%s", value);
    }

    /** A case-insensitive "contains" on {@code field} when {@code text} is not blank. */
    public Conditions contains(String field, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String escaped = text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return add("lower(" + field + ") like :%s escape '\\'", "%" + escaped + "%");
    }

    /**
     * A business date (see {@link BusinessDate}) within {@code [from, to]}, either bound optional: the date of its
     * own when it has one, else the Tuscan day of its recording time.
     */
    public Conditions businessDateWithin(String date, String recordedAt, LocalDate from, LocalDate to) {
        add("(" + date + " >= :%1$s or (" + date + " is null and " + recordedAt + " >= :%2$s))", from, startOf(from));
        return add("(" + date + " <= :%1$s or (" + date + " is null and " + recordedAt + " < :%2$s))", to,
                to == null ? null : startOf(to.plusDays(1)));
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(BusinessDate.TUSCANY).toInstant();
    }

    /** Adds the condition when every value is given; {@code template} names them {@code %1$s}, {@code %2$s}... */
    private Conditions add(String template, Object... values) {
        if (Arrays.stream(values).anyMatch(Objects::isNull)) {
            return this;
        }
        Object[] names = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = "c" + parameters.size();
            parameters.put((String) names[i], values[i]);
        }
        return and(template.formatted(names));
    }

    /** The conditions joined, {@code 1 = 1} when there are none: for after a {@code where} of the caller's. */
    public String condition() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    /** {@code " where …"}, or nothing when there are no conditions: for after a {@code from}. */
    public String where() {
        return clauses.isEmpty() ? "" : " where " + condition();
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
