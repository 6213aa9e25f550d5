package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.money;
import static it.toscana.monitoring.refdata.Fields.source;
import static it.toscana.monitoring.refdata.Fields.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.client.model.DateSource;
import it.toscana.monitoring.client.model.DeclaredTotalRequest;
import it.toscana.monitoring.client.model.DeclaredTotalScope;

/**
 * Printed totals as declared totals, under ids derived from what they declare (PUT creates or
 * replaces): each booklet's Table 2, Table 3 and grand total; every Table 1 cell and community
 * total; the region's Table 1 line totals and grand total; the Scheda headlines. Each is dated by
 * its document: a declared total is the document's own figure.
 */
final class DeclaredTotalLoader extends SectionLoader {

    DeclaredTotalLoader(Dataset dataset, DocumentDates dates, RecordWriter writer) {
        super(dataset, dates, writer);
    }

    void load() throws IOException {
        JsonNode declared = dataset.read("declared-totals.json");
        for (JsonNode c : declared.path("communities")) {
            String community = c.path("communityCode").asText();
            declare(community, "LOCAL_PROGRAMME", c.path("table2Total"), gapNote(c, "TABLE2"));
            declare(community, "TERRITORIAL_IMPACT", c.path("table3Total"), gapNote(c, "TABLE3"));
            declare(community, "GRAND_TOTAL", c.path("grandTotal"), gapNote(c, "GRAND_TOTAL"));
        }
        JsonNode table1 = dataset.read("table1.json");
        for (JsonNode row : table1.path("rows")) {
            String community = row.path("communityCode").asText();
            declareAmount(community, "TABLE1", null, row.path("printedTotal"), row.path("source"), null);
            for (JsonNode cell : row.path("amounts")) {
                declareAmount(community, "TABLE1", cell.path("fundingLineCode").asText(), cell.path("amount"), row.path("source"),
                        text(cell, "note"));
            }
        }
        for (JsonNode line : table1.path("lineTotals")) {
            declareAmount(null, "TABLE1", line.path("fundingLineCode").asText(), line.path("printedTotal"), line.path("source"),
                    text(line, "note"));
        }
        JsonNode region = declared.path("region");
        String regionGap = null;
        for (JsonNode gap : region.path("gaps")) {
            regionGap = joinNonNull(regionGap, text(gap, "explanation"));
        }
        declareAmount(null, "TABLE1", null, table1.path("grandTotalPrinted"), region.path("table1GrandTotal").path("source"),
                regionGap);
        new SchedaHeadlineLoader(writer, dates).load(declared);
    }

    /** Declared totals have no natural key in their URL: the id is derived from what they declare. */
    static String declaredTotalPath(String natural) {
        return "/api/v1/declared-totals/"
                + UUID.nameUUIDFromBytes((RecordWriter.KEY_PREFIX + natural).getBytes(StandardCharsets.UTF_8));
    }

    /** The document's date as the figure's own (STATED): funding-service refuses DOCUMENT_DATE for a declared total. */
    static DeclaredTotalRequest dated(DeclaredTotalRequest request, DocumentDates dates, JsonNode source) {
        return request.documentDate(dates.dateOf(source)).documentDateSource(DateSource.STATED);
    }

    private static String gapNote(JsonNode community, String kindPrefix) {
        String note = null;
        for (JsonNode gap : community.path("gaps")) {
            if (gap.path("kind").asText().startsWith(kindPrefix)) {
                note = joinNonNull(note, text(gap, "explanation"));
            }
        }
        return note;
    }

    private void declare(String community, String scope, JsonNode printed, String note) {
        if (printed.isObject()) {
            declareAmount(community, scope, null, printed.path("printed"), printed.path("source"), note);
        }
    }

    private void declareAmount(String community, String scope, String line, JsonNode amount, JsonNode source, String note) {
        String natural = "declared-total:" + (community == null ? "region" : community) + ":" + scope
                + (line == null ? "" : ":" + line);
        DeclaredTotalRequest request = new DeclaredTotalRequest().communityCode(community).scope(DeclaredTotalScope.fromValue(scope))
                .fundingLineCode(line).amount(money(amount)).source(source(source)).note(limit(note, 4000));
        writer.upsert("declared-total", natural, declaredTotalPath(natural), dated(request, dates, source));
    }
}
