package it.toscana.monitoring.deployment.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;

/** {@code sort=field,-other} → a JPQL order by clause over the allowed fields only. */
final class Sorting {

    private Sorting() {
    }

    static String orderBy(String sort, Set<String> allowed, String alias) {
        List<String> terms = new ArrayList<>();
        if (sort != null && !sort.isBlank()) {
            for (String term : sort.split(",")) {
                String field = term.strip().startsWith("-") ? term.strip().substring(1) : term.strip();
                if (!allowed.contains(field)) {
                    String message = "can sort by " + String.join(", ", allowed.stream().sorted().toList());
                    throw new ProblemException(ProblemType.VALIDATION, "Cannot sort by " + field + ".",
                            List.of(new Problem.FieldError("sort", message)));
                }
                terms.add(alias + "." + field + (term.strip().startsWith("-") ? " desc" : " asc"));
            }
        }
        terms.add(alias + ".id asc"); // a stable order across pages
        return " order by " + String.join(", ", terms);
    }
}
