package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Acceptance: the funding part of the curated dataset in reference-data/ (transcribed from the
 * booklets, the slides and the APQ act) goes in through the API with every field it has, and the
 * totals the documents print come out.
 */
@QuarkusTest
class ReferenceDataTest {

    private static final Path DATA = Path.of("..", "reference-data");
    private static final ObjectMapper JSON = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String[] PROVENANCE = { "table", "rowNumber", "amountPrinted", "printedCells",
            "printedDiscrepancy", "corrections", "otherPrintedAmounts", "categoryNote", "participantsColumn", "uncertain" };

    private static JsonNode allocations;
    private static boolean loaded;

    @BeforeEach
    void loadOnce() throws IOException {
        Fixtures.exactMoney();
        if (loaded) {
            return;
        }
        Map<String, String> istatByName = registerTerritory();
        for (JsonNode line : read("funding-lines.json")) {
            given().contentType(ContentType.JSON).body(line.toString())
                    .put("/api/v1/funding-lines/" + line.get("code").asText()).then().statusCode(201);
        }
        allocations = read("allocations.json");
        ArrayNode allocationItems = JSON.createArrayNode();
        ArrayNode paymentItems = JSON.createArrayNode();
        for (JsonNode row : allocations) {
            allocationItems.add(allocationRequest(row, istatByName));
            for (int i = 0; i < row.get("payments").size(); i++) {
                ObjectNode payment = ((ObjectNode) row.get("payments").get(i)).deepCopy();
                payment.put("externalId", row.get("externalId").asText() + "-p" + (i + 1));
                payment.put("allocationExternalId", row.get("externalId").asText());
                paymentItems.add(payment);
            }
        }
        bulk("/api/v1/allocations/bulk", allocationItems);
        bulk("/api/v1/payments/bulk", paymentItems);
        loadDeclaredTotals();
        loadProgramme();
        loaded = true;
    }

    @Test
    void everyRowKeepsItsPaidAndToPayAndItsProvenance() {
        for (JsonNode row : allocations) {
            String externalId = row.get("externalId").asText();
            io.restassured.response.ValidatableResponse response = given().queryParam("externalId", externalId)
                    .get("/api/v1/allocations").then().statusCode(200)
                    .body("items[0].amountPaid", equalTo(row.get("amountPaid").decimalValue().setScale(2)))
                    .body("items[0].source.document", equalTo(row.at("/source/document").asText()))
                    .body("items[0].provenance.rowNumber", equalTo(row.get("rowNumber").asInt()));
            // the one printed row where paid + to pay differs from assigned (cmet-t2-08) derives its own to-pay
            if (!row.has("printedDiscrepancy")) {
                response.body("items[0].amountToPay", equalTo(row.get("amountToPay").decimalValue().setScale(2)));
            }
        }
    }

    @Test
    void communityTotalsReproduceTheBooklets() {
        assertSection("media-valle-del-serchio", "LOCAL_PROGRAMME", "430084.10");
        assertSection("media-valle-del-serchio", "TERRITORIAL_IMPACT", "681381.00");
        assertSection("alta-val-di-cecina", "LOCAL_PROGRAMME", "187353.51");
        assertSection("alta-val-di-cecina", "TERRITORIAL_IMPACT", "468400.00");
        assertSection("colline-metallifere", "LOCAL_PROGRAMME", "336312.00");
        assertSection("colline-metallifere", "TERRITORIAL_IMPACT", "560239.00");
        given().queryParam("communityCode", "media-valle-del-serchio").get("/api/v1/allocations/summary")
                .then().body("amountAssigned", equalTo(eur("1111465.10")));
        given().queryParam("communityCode", "colline-metallifere").get("/api/v1/allocations/summary")
                .then().body("amountAssigned", equalTo(eur("896551.00")));
    }

    @Test
    void declaredFiguresAreKeptBesideTheComputedOnes() {
        given().queryParam("communityCode", "colline-metallifere").queryParam("scope", "GRAND_TOTAL")
                .get("/api/v1/declared-totals")
                .then().body("items[0].amount", equalTo(eur("896641.10")));
        // Table 1 as printed: the first line's total and the grand total carry the 9.90 digit swap
        given().queryParam("region", true).queryParam("fundingLineCode", "EGOV_SMALL_MUNICIPALITIES")
                .get("/api/v1/declared-totals")
                .then().body("total", equalTo(1)).body("items[0].amount", equalTo(eur("1600041.52")));
        // community: T2, T3, grand total, its Table 1 total and its 7 Table 1 cells
        given().queryParam("communityCode", "colline-metallifere").get("/api/v1/declared-totals")
                .then().body("total", equalTo(11));
    }

    @Test
    void coFinancingCallsAndRequirementsAreAllThere() {
        for (String code : List.of("CSTT_ALI", "E_TOSCANA_RIUSO", "GEOSIGMA")) {
            given().get("/api/v1/co-financing-projects/" + code).then().statusCode(200).body("balanced", equalTo(true));
        }
        given().get("/api/v1/co-financing-projects/GEOSIGMA")
                .then().body("totalInvestment", equalTo(eur("3634411.00")))
                .body("regionalOwnFunds.total", equalTo(eur("1480808.02")));
        given().get("/api/v1/calls/PA_SERVICES_DIGITALISATION").then().statusCode(200)
                .body("budget", equalTo(eur("1016000.00"))).body("deadline", equalTo("2009-10-20"));
        given().get("/api/v1/mandatory-requirements/IRIS_PAYMENTS").then().statusCode(200);
    }

    private static void assertSection(String community, String section, String amount) {
        given().queryParam("communityCode", community).queryParam("section", section)
                .get("/api/v1/allocations/summary")
                .then().statusCode(200).body("amountAssigned", equalTo(eur(amount)));
    }

    private static Map<String, String> registerTerritory() throws IOException {
        Map<String, String> istatByName = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        for (JsonNode municipality : read("municipalities.json")) {
            istatByName.put(municipality.get("name").asText(), municipality.get("istatCode").asText());
            members.computeIfAbsent(municipality.get("communityCode").asText(), code -> new java.util.ArrayList<>())
                    .add(municipality.get("istatCode").asText());
        }
        for (JsonNode community : read("communities.json")) {
            String code = community.get("code").asText();
            Territory.register(code, community.get("name").asText(),
                    members.getOrDefault(code, List.of()).toArray(String[]::new));
        }
        return istatByName;
    }

    /** The dataset's row as the API takes it: participants by ISTAT code, printed details under provenance. */
    private static ObjectNode allocationRequest(JsonNode row, Map<String, String> istatByName) {
        ObjectNode request = JSON.createObjectNode();
        for (String field : List.of("externalId", "communityCode", "fundingLineCode", "title", "section", "category",
                "amountAssigned", "legalActs", "notes", "source")) {
            request.set(field, row.get(field));
        }
        request.put("communityParticipates", row.at("/participants/community").asBoolean());
        ArrayNode municipalities = request.putArray("municipalityIstatCodes");
        row.at("/participants/municipalities").forEach(name -> municipalities.add(istatByName.get(name.asText())));
        ObjectNode provenance = request.putObject("provenance");
        for (String field : PROVENANCE) {
            if (row.has(field)) {
                provenance.set(field, row.get(field));
            }
        }
        provenance.set("table", row.get("table"));
        return request;
    }

    private static void loadDeclaredTotals() throws IOException {
        for (JsonNode community : read("declared-totals.json").get("communities")) {
            String code = community.get("communityCode").asText();
            declare(code, "LOCAL_PROGRAMME", null, community.get("table2Total"));
            declare(code, "TERRITORIAL_IMPACT", null, community.get("table3Total"));
            declare(code, "GRAND_TOTAL", null, community.get("grandTotal"));
        }
        JsonNode table1 = read("table1.json");
        JsonNode table1Source = table1.get("source");
        for (JsonNode row : table1.get("rows")) {
            String code = row.get("communityCode").asText();
            declare(code, "TABLE1", null, printed(row.get("printedTotal"), row.get("source")));
            for (JsonNode cell : row.get("amounts")) {
                declare(code, "TABLE1", cell.get("fundingLineCode").asText(), printed(cell.get("amount"), table1Source));
            }
        }
        for (JsonNode line : table1.get("lineTotals")) {
            declare(null, "TABLE1", line.get("fundingLineCode").asText(), printed(line.get("printedTotal"), line.get("source")));
        }
        declare(null, "TABLE1", null, printed(table1.get("grandTotalPrinted"), table1Source));
    }

    private static ObjectNode printed(JsonNode amount, JsonNode source) {
        ObjectNode printed = JSON.createObjectNode();
        printed.set("printed", amount);
        printed.set("source", source);
        return printed;
    }

    private static void declare(String community, String scope, String line, JsonNode printed) {
        ObjectNode body = JSON.createObjectNode();
        body.put("communityCode", community);
        body.put("scope", scope);
        body.put("fundingLineCode", line);
        body.set("amount", printed.get("printed"));
        body.set("source", printed.get("source"));
        given().contentType(ContentType.JSON).body(body.toString()).post("/api/v1/declared-totals")
                .then().statusCode(201);
    }

    private static void loadProgramme() throws IOException {
        for (JsonNode project : read("co-financing.json").get("projects")) {
            ObjectNode body = ((ObjectNode) project).deepCopy();
            body.set("regionalOwnFunds", project.get("regionalOwnFundsCommitted"));
            given().contentType(ContentType.JSON).body(body.toString())
                    .put("/api/v1/co-financing-projects/" + project.get("code").asText()).then().statusCode(201);
        }
        JsonNode programme = read("programme.json");
        for (JsonNode call : programme.get("calls")) {
            given().contentType(ContentType.JSON).body(call.toString())
                    .put("/api/v1/calls/" + call.get("code").asText()).then().statusCode(201);
        }
        for (JsonNode requirement : programme.get("mandatoryRequirements")) {
            ObjectNode body = JSON.createObjectNode();
            body.set("description", requirement.get("requirement"));
            body.set("source", programme.get("mandatoryRequirementsSource"));
            given().contentType(ContentType.JSON).body(body.toString())
                    .put("/api/v1/mandatory-requirements/" + requirement.get("code").asText()).then().statusCode(201);
        }
    }

    private static void bulk(String path, ArrayNode items) {
        given().contentType(ContentType.JSON).body(items.toString()).post(path)
                .then().statusCode(207)
                .body("failed", equalTo(0));
        assertEquals(items.size(), given().contentType(ContentType.JSON).body(items.toString()).post(path)
                .then().statusCode(207).extract().<Integer>path("succeeded"));
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(DATA.resolve(file).toFile());
    }
}
