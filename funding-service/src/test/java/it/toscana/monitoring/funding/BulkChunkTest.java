package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import it.toscana.monitoring.events.funding.FundingEvents;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Bulk calls store their items in chunked transactions: a refused item inside a chunk must leave
 * every other item stored with exactly one event each, and nothing (no row, no event) of its own.
 */
@QuarkusTest
class BulkChunkTest {

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void exactMoney() {
        Fixtures.exactMoney();
    }

    @Test
    void aRefusedItemInTheMiddleOfAChunkLeavesTheOthersStoredWithTheirEvents() {
        String community = Territory.community("chunk-middle");
        String line = Fixtures.fundingLine();
        String prefix = UUID.randomUUID().toString();
        // both refusals come from the database's state (unknown references), so they happen inside the chunk
        String body = "[" + String.join(",",
                item(prefix + "-0", community, line, "10.00"),
                item(prefix + "-1", community, line, "11.00"),
                item(prefix + "-2", "no-such-community", line, "12.00"),
                item(prefix + "-3", community, line, "13.00"),
                item(prefix + "-4", community, "NO_SUCH_LINE", "14.00"),
                item(prefix + "-5", community, line, "15.00")) + "]";

        bulk(body).body("succeeded", equalTo(4)).body("failed", equalTo(2))
                .body("items.status", contains(201, 201, 422, 201, 422, 201))
                .body("items.index", contains(0, 1, 2, 3, 4, 5))
                .body("items[2].id", nullValue())
                .body("items[2].problem.errors.field", hasItem("communityCode"))
                .body("items[4].problem.errors.field", hasItem("fundingLineCode"));

        given().queryParam("communityCode", community).queryParam("sort", "amountAssigned").get("/api/v1/allocations")
                .then().body("total", equalTo(4))
                .body("items.externalId", contains(prefix + "-0", prefix + "-1", prefix + "-3", prefix + "-5"))
                .body("items.version", contains(0, 0, 0, 0));
        assertEquals(Map.of(prefix + "-0", List.of(0L), prefix + "-1", List.of(0L), prefix + "-3", List.of(0L),
                prefix + "-5", List.of(0L)), eventVersionsByExternalId(prefix));
    }

    @Test
    void refusalsOnChunkBoundariesAreAnsweredAloneAndEveryOtherItemLands() {
        String community = Territory.community("chunk-bounds");
        String line = Fixtures.fundingLine();
        String prefix = UUID.randomUUID().toString();
        // more than two chunks of 200; refused: the first item, the last of a chunk, the first of the next, one late
        Set<Integer> refused = Set.of(0, 199, 200, 401);
        List<String> items = new ArrayList<>();
        for (int n = 0; n < 450; n++) {
            items.add(item(prefix + "-" + n, refused.contains(n) ? "no-such-community" : community, line, "1.00"));
        }

        ValidatableResponse response = bulk("[" + String.join(",", items) + "]")
                .body("succeeded", equalTo(446)).body("failed", equalTo(4));
        List<Integer> statuses = response.extract().path("items.status");
        assertEquals(IntStream.range(0, 450).mapToObj(n -> refused.contains(n) ? 422 : 201).toList(), statuses);

        given().queryParam("communityCode", community).get("/api/v1/allocations")
                .then().body("total", equalTo(446));
        Map<String, List<Long>> events = eventVersionsByExternalId(prefix);
        assertEquals(446, events.size());
        refused.forEach(n -> assertEquals(null, events.get(prefix + "-" + n)));
        events.values().forEach(versions -> assertEquals(List.of(0L), versions));
    }

    @Test
    void updatesOfExistingExternalIdsBumpVersionsAndARefusedUpdateChangesNothing() {
        String community = Territory.community("chunk-update");
        String line = Fixtures.fundingLine();
        String prefix = UUID.randomUUID().toString();
        bulk("[" + String.join(",", item(prefix + "-a", community, line, "100.00"),
                item(prefix + "-b", community, line, "100.00"), item(prefix + "-c", community, line, "100.00")) + "]")
                .body("items.status", contains(201, 201, 201));
        given().contentType(ContentType.JSON)
                .body("[{\"externalId\": \"" + prefix + "-pay\", \"allocationExternalId\": \"" + prefix
                        + "-b\", \"amount\": 80.00, \"kind\": \"TRANCHE\"}]")
                .post("/api/v1/payments/bulk").then().statusCode(207).body("items.status", contains(201));

        // b may not fall below its 80.00 paid; a and c change, d is new
        String ids = bulk("[" + String.join(",", item(prefix + "-a", community, line, "110.00"),
                item(prefix + "-b", community, line, "50.00"), item(prefix + "-c", community, line, "120.00"),
                item(prefix + "-d", community, line, "130.00")) + "]")
                .body("items.status", contains(200, 422, 200, 201))
                .body("items[1].problem.errors.field", hasItem("amountAssigned"))
                .extract().path("items[0].id");

        given().queryParam("communityCode", community).queryParam("sort", "externalId").get("/api/v1/allocations")
                .then().body("items.amountAssigned", contains(eur("110.00"), eur("100.00"), eur("120.00"), eur("130.00")))
                .body("items.amountPaid", contains(eur("0.00"), eur("80.00"), eur("0.00"), eur("0.00")))
                .body("items.version", contains(1, 1, 1, 0));
        given().get("/api/v1/allocations/" + ids).then().statusCode(200).header("ETag", "\"1\"");
        // b: created (0) and paid (1); the refused update published nothing
        assertEquals(Map.of(prefix + "-a", List.of(0L, 1L), prefix + "-b", List.of(0L, 1L), prefix + "-c",
                List.of(0L, 1L), prefix + "-d", List.of(0L)), eventVersionsByExternalId(prefix));
    }

    private static ValidatableResponse bulk(String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/allocations/bulk").then().statusCode(207);
    }

    /** The versions of the allocation events in the outbox, per external id starting with {@code prefix}. */
    private Map<String, List<Long>> eventVersionsByExternalId(String prefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT envelope::jsonb #>> '{data,externalId}', (envelope::jsonb #>> '{data,version}')::bigint
                FROM outbox_event WHERE event_type = ?2
                  AND envelope::jsonb #>> '{data,externalId}' LIKE ?1 ORDER BY seq""")
                .setParameter(1, prefix + "-%").setParameter(2, FundingEvents.ALLOCATION_UPSERTED_V2).getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> (String) row[0], TreeMap::new,
                Collectors.mapping(row -> ((Number) row[1]).longValue(), Collectors.toList())));
    }

    private static String item(String externalId, String community, String line, String amount) {
        return Fixtures.allocationJson(community, line, amount).replace("{", "{\"externalId\": \"" + externalId + "\", ");
    }
}
