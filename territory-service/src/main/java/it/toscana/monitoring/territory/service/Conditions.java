package it.toscana.monitoring.territory.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The where-clause of a query, built from optional filters: a condition counts only when its value is set. */
final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} (which uses {@code :parameter}) when {@code value} is not null. */
    Conditions and(String clause, String parameter, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds a case-insensitive "contains" on {@code field} when {@code text} is not blank. */
    Conditions contains(String field, String parameter, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String escaped = text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return and("lower(" + field + ") like :" + parameter + " escape '\\'", parameter, "%" + escaped + "%");
    }

    String query() {
        return String.join(" and ", clauses);
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
