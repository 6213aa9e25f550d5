package it.toscana.monitoring.funding.service;

import java.util.List;
import java.util.Map;

import io.quarkus.panache.common.Sort;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;

/** {@code sort=field,-other} against the fields a collection allows; an unknown field is a 400. */
public final class Sorting {

    private Sorting() {
    }

    /** @param allowed JSON field name → entity property; the result always ends with {@code tieBreaker}. */
    public static Sort parse(String sort, Map<String, String> allowed, String tieBreaker) {
        Sort result = Sort.empty();
        if (sort != null && !sort.isBlank()) {
            for (String field : sort.split(",")) {
                String name = field.strip();
                boolean descending = name.startsWith("-");
                String property = allowed.get(descending ? name.substring(1) : name);
                if (property == null) {
                    throw new ProblemException(ProblemType.VALIDATION, "Cannot sort by " + name + ".",
                            List.of(new Problem.FieldError("sort", "allowed fields: " + String.join(", ",
                                    allowed.keySet().stream().sorted().toList()))));
                }
                result = descending ? result.and(property, Sort.Direction.Descending) : result.and(property);
            }
        }
        return result.and(tieBreaker);
    }
}
