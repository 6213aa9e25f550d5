package it.toscana.monitoring.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;

class ListingTest {

    private static final Listing LISTING = Listing.of(Map.of("name", "p.name", "users", "coalesce(u.users, 0)"),
            "p.updated_at", "p.id");

    @Test
    void theKeyAlwaysEndsTheOrderSoPagesNeverOverlap() {
        assertEquals(" order by p.id asc", LISTING.orderBy(page(null, null)));
        assertEquals(" order by coalesce(u.users, 0) desc, p.name asc, p.id asc",
                LISTING.orderBy(page(" -users, name", null)));
    }

    @Test
    void aResyncReadsTheOldestChangeFirstUnlessSortSaysOtherwise() {
        assertEquals(" order by p.updated_at asc, p.id asc", LISTING.orderBy(page(null, "2026-11-28T06:00:00Z")));
        assertEquals(" order by p.name asc, p.id asc", LISTING.orderBy(page("name", "2026-11-28T06:00:00Z")));
    }

    @Test
    void anUnknownOrEmptySortFieldIsTheOneProblem() {
        for (String sort : List.of("-secret", "name,,users", "-")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> LISTING.orderBy(page(sort, null)));
            assertEquals(ProblemType.VALIDATION, refused.type());
            assertEquals(List.of(new Problem.FieldError("sort", "can sort by name, users")), refused.errors());
        }
    }

    @Test
    void updatedSinceBoundsTheChangeAndAMalformedOneNamesTheParameter() {
        Conditions where = LISTING.restrict(new Conditions(), page(null, "2026-11-28T07:00:00+01:00"));
        assertEquals(" where p.updated_at >= :updatedSince", where.where());
        assertEquals(Instant.parse("2026-11-28T06:00:00Z"), where.parameters().get("updatedSince"));
        assertEquals("", LISTING.restrict(new Conditions(), page(null, " ")).where());
        ProblemException refused = assertThrows(ProblemException.class,
                () -> LISTING.restrict(new Conditions(), page(null, "2026-11-28")));
        assertEquals("updatedSince", refused.errors().get(0).field());
    }

    @Test
    void sortableFieldsThatAreTheirOwnExpression() {
        Listing plain = Listing.of(Set.of("code"), "updatedAt", "code");
        assertEquals(" order by code desc, code asc", plain.orderBy(page("-code", null)));
    }

    private static PageParams page(String sort, String updatedSince) {
        PageParams page = new PageParams();
        page.size = 50;
        page.sort = sort;
        page.updatedSince = updatedSince;
        return page;
    }
}
