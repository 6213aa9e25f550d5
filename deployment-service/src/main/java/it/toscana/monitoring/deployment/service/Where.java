package it.toscana.monitoring.deployment.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * A where clause with its named parameters, over the expressions of any query (JPQL or SQL), so that every
 * collection filters by community and municipality the same way whatever it reads.
 */
final class Where {

    private final StringBuilder clauses = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new HashMap<>();

    private Where() {
    }

    static Where unfiltered() {
        return new Where();
    }

    /**
     * The filters on the expressions of a fact's community and municipality. The community filter matches the
     * community recorded with a fact and, through the replica, any fact about one of the community's current
     * members.
     */
    static Where located(FactFilter filter, Locations locations, String community, String istatCode) {
        Where where = unfiltered();
        if (filter.community() != null) {
            List<String> members = locations.membersOf(filter.community(), LocalDate.now());
            if (members.isEmpty()) {
                where.and(community + " = :community", "community", filter.community());
            } else {
                where.and("(" + community + " = :community or " + istatCode + " in (:members))", "community",
                        filter.community()).parameter("members", members);
            }
        }
        if (filter.municipality() != null) {
            where.and(istatCode + " = :municipality", "municipality", filter.municipality());
        }
        return where;
    }

    Where and(String clause) {
        clauses.append(" and ").append(clause);
        return this;
    }

    Where and(String clause, String name, Object value) {
        return and(clause).parameter(name, value);
    }

    /** A parameter the query names elsewhere than in this clause. */
    Where parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public String toString() {
        return clauses.toString();
    }
}
