package it.toscana.monitoring.territory.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;

/** One page of a collection, filtered by {@link Conditions} and sorted by {@code ?sort=field,-other}. */
final class Listing {

    /** {@code Community::find} and the like; a lambda, so Panache's generated static method is the one called. */
    @FunctionalInterface
    interface Finder<E> {
        PanacheQuery<E> find(String query, Sort sort, Map<String, Object> parameters);
    }

    private final String key;
    private final Set<String> sortable;

    /** @param key the unique field that orders ties, so that pages never overlap */
    Listing(String key, Set<String> sortable) {
        this.key = key;
        this.sortable = sortable;
    }

    <E> Page<E> page(Conditions where, PageParams params, Finder<E> finder) {
        PanacheQuery<E> query = finder.find(where.query(), sort(params.sort), where.parameters());
        List<E> items = query.page(params.page, params.size).list();
        return new Page<>(items, params.page, params.size, query.count());
    }

    private Sort sort(String requested) {
        Sort sort = Sort.empty();
        List<String> fields = new ArrayList<>();
        if (requested != null && !requested.isBlank()) {
            for (String part : requested.split(",")) {
                String field = part.strip();
                boolean descending = field.startsWith("-");
                String name = descending ? field.substring(1) : field;
                if (!sortable.contains(name)) {
                    throw ProblemException.invalidField("sort", "can sort by " + String.join(", ", sortable.stream().sorted().toList())
                            + "; not by " + name);
                }
                sort = sort.and(name, descending ? Sort.Direction.Descending : Sort.Direction.Ascending);
                fields.add(name);
            }
        }
        return fields.contains(key) ? sort : sort.and(key);
    }
}
