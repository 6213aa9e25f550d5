package it.toscana.monitoring.funding.service;

import java.util.List;
import java.util.Map;

import io.quarkus.panache.common.Sort;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** One page of a collection: its filters, its sort (checked against what it allows) and the total count. */
@ApplicationScoped
public class Pages {

    @Inject
    EntityManager entityManager;

    /** @param sortable JSON field name → entity property; the order always ends with {@code tieBreaker}. */
    public <E> Page<E> find(Class<E> entity, Criteria criteria, PageParams page, Map<String, String> sortable,
            String tieBreaker) {
        String where = " from " + entity.getSimpleName() + " where " + criteria.where();
        String order = Sorting.parse(page.sort, sortable, tieBreaker).getColumns().stream()
                .map(column -> column.getName() + (column.getDirection() == Sort.Direction.Descending
                        ? " desc" : ""))
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        TypedQuery<E> items = entityManager.createQuery(where + " order by " + order, entity);
        TypedQuery<Long> count = entityManager.createQuery("select count(*)" + where, Long.class);
        criteria.parameters().forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<E> list = items.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return new Page<>(list, page.page, page.size, count.getSingleResult());
    }
}
