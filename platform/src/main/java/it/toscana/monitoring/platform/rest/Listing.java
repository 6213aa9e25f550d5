package it.toscana.monitoring.platform.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * How every collection pages: its {@link Conditions}, {@code ?updatedSince=} and {@code ?sort=field,-other}
 * over the fields it allows, always ended by its unique key so that pages never overlap, and the total.
 * One per collection, held as a constant: e.g. {@code Listing.of(Set.of("code", "name"), "updatedAt", "code")}.
 */
public final class Listing {

    /** JSON field name → the query expression it sorts by. */
    private final Map<String, String> sortable;
    /** The expression of the row's last change, which {@code ?updatedSince=} bounds. */
    private final String changedAt;
    /** Expressions that together are unique: the order of ties. */
    private final List<String> key;

    private Listing(Map<String, String> sortable, String changedAt, List<String> key) {
        this.sortable = sortable;
        this.changedAt = changedAt;
        this.key = key;
    }

    /** Sortable fields that are their own query expression. */
    public static Listing of(Collection<String> sortable, String changedAt, String... key) {
        Map<String, String> expressions = new LinkedHashMap<>();
        sortable.forEach(field -> expressions.put(field, field));
        return of(expressions, changedAt, key);
    }

    /** @param sortable JSON field name → the expression it sorts by (a column, a JSON path) */
    public static Listing of(Map<String, String> sortable, String changedAt, String... key) {
        return new Listing(Map.copyOf(sortable), changedAt, List.of(key));
    }

    /** One page of a JPQL entity query: {@code from Entity} with the conditions. */
    public <E> Page<E> page(EntityManager entityManager, Class<E> entity, Conditions where, PageParams page) {
        restrict(where, page);
        String from = " from " + entity.getSimpleName() + where.where();
        List<E> items = where.bind(entityManager.createQuery(from + orderBy(page), entity))
                .setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        long total = where.bind(entityManager.createQuery("select count(*)" + from, Long.class)).getSingleResult();
        return new Page<>(items, page.page, page.size, total);
    }

    /** One page of a native SQL query: {@code select} (e.g. {@code SELECT v.state}) over {@code from} with the conditions. */
    public Page<Object> nativePage(EntityManager entityManager, String select, String from, Conditions where,
            PageParams page) {
        restrict(where, page);
        @SuppressWarnings("unchecked")
        List<Object> items = where.bind(entityManager.createNativeQuery(select + from + where.where() + orderBy(page)))
                .setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        Query count = where.bind(entityManager.createNativeQuery("SELECT count(*)" + from + where.where()));
        return new Page<>(items, page.page, page.size, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Adds {@code ?updatedSince=}: only rows changed at or after that instant. For a query that pages itself;
     * {@link #page} and {@link #nativePage} call it.
     */
    public Conditions restrict(Conditions where, PageParams page) {
        return where.and(changedAt + " >= :updatedSince", "updatedSince",
                QueryValues.instant(PageParams.UPDATED_SINCE, page.updatedSince));
    }

    /**
     * {@code " order by …"}: the requested fields, else (for a resync with {@code ?updatedSince=}) the oldest
     * change first; then the key. An unknown field is the one 400 every collection gives.
     */
    public String orderBy(PageParams page) {
        List<String> terms = new ArrayList<>();
        if (page.sort != null && !page.sort.isBlank()) {
            for (String part : page.sort.split(",", -1)) {
                String field = part.strip();
                boolean descending = field.startsWith("-");
                String name = descending ? field.substring(1) : field;
                String expression = sortable.get(name);
                if (expression == null) {
                    throw unknownSortField(name);
                }
                terms.add(expression + (descending ? " desc" : " asc"));
            }
        } else if (page.updatedSince != null && !page.updatedSince.isBlank()) {
            terms.add(changedAt + " asc");
        }
        key.forEach(expression -> terms.add(expression + " asc"));
        return " order by " + String.join(", ", terms);
    }

    private ProblemException unknownSortField(String name) {
        return new ProblemException(ProblemType.VALIDATION, "Cannot sort by " + name + ".",
                List.of(new Problem.FieldError(PageParams.SORT, "can sort by "
                        + String.join(", ", sortable.keySet().stream().sorted().toList()))));
    }
}
