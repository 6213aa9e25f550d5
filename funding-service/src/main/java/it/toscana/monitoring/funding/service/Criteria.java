package it.toscana.monitoring.funding.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private Criteria add(String template, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            conditions.add(template.formatted(name));
            parameters.put(name, value);
        }
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
