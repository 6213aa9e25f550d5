package it.toscana.monitoring.deployment.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;

/** {@code sort=field,-other} → an order by clause over the allowed fields only. */
final class Sorting {

    private Sorting() {
    }

    /** JPQL over an entity alias. */
    static String orderBy(String sort, Set<String> allowed, String alias) {
        return orderBy(sort, allowed, field -> alias + "." + field, alias + ".id");
    }

    /**
     * Any query: {@code expression} gives the expression a field sorts by, {@code last} the unique one that
     * makes the order stable across pages.
     */
    static String orderBy(String sort, Set<String> allowed, UnaryOperator<String> expression, String last) {
        List<String> terms = new ArrayList<>();
        if (sort != null && !sort.isBlank()) {
            for (String term : sort.split(",")) {
                String field = term.strip().startsWith("-") ? term.strip().substring(1) : term.strip();
                if (!allowed.contains(field)) {
                    String message = "can sort by " + String.join(", ", allowed.stream().sorted().toList());
                    throw new ProblemException(ProblemType.VALIDATION, "Cannot sort by " + field + ".",
                            List.of(new Problem.FieldError("sort", message)));
                }
                terms.add(expression.apply(field) + (term.strip().startsWith("-") ? " desc" : " asc"));
            }
        }
        terms.add(last + " asc");
        return " order by " + String.join(", ", terms);
    }
}
