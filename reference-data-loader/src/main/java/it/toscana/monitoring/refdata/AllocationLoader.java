package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.money;
import static it.toscana.monitoring.refdata.Fields.obj;
import static it.toscana.monitoring.refdata.Fields.source;
import static it.toscana.monitoring.refdata.Fields.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import it.toscana.monitoring.refdata.GatewayClient.Reply;

/**
 * Money into funding-service: the funding lines, the booklets' Table 2 and Table 3 rows
 * ({@code allocations.json}) with their payments, and the Table 1 line totals of the communities
 * without a booklet ({@code table1-allocations.json}). Every allocation carries its programme period
 * and business date (its act's date where printed, else its document's); every payment its date (the
 * booklets print none: the document's).
 */
final class AllocationLoader {

    private static final String ALLOCATIONS = "/api/v1/allocations";
    private static final String PAYMENTS = "/api/v1/payments";
    private static final String PROBE_LINE = "refdata-probe-no-such-line";

    private final Dataset dataset;
    private final DocumentDates dates;
    private final RecordWriter writer;

    AllocationLoader(Dataset dataset, DocumentDates dates, RecordWriter writer) {
        this.dataset = dataset;
        this.dates = dates;
        this.writer = writer;
    }

    void load() throws IOException {
        for (JsonNode line : dataset.read("funding-lines.json")) {
            String code = line.path("code").asText();
            ObjectNode body = obj().put("name", text(line, "name")).put("description", text(line, "description"))
                    .put("inTable1", line.path("inTable1").asBoolean());
            Fields.putInt(body, "table1Row", line.path("table1Row"));
            body.put("section", text(line, "section"));
            body.set("source", source(line.path("source")));
            writer.upsert("funding-line", code, "/api/v1/funding-lines/" + code, body);
        }
        awaitFundingReplica();
        JsonNode rows = dataset.read("allocations.json");
        for (JsonNode row : rows) {
            write(row, projectRow(row));
        }
        for (JsonNode cell : dataset.read("table1-allocations.json")) {
            write(cell, lineTotal(cell));
        }
        for (JsonNode row : rows) {
            payments(row);
        }
    }

    private void write(JsonNode allocation, ObjectNode body) {
        String externalId = allocation.path("externalId").asText();
        writer.createOrReplaceListed("allocation", "allocation:" + externalId, ALLOCATIONS, externalIdFilter(externalId), body,
                "externalId");
    }

    /** What booklet rows and Table 1 cells have in common: money, line, programme period, date, notes, source. */
    private ObjectNode allocation(JsonNode a, String detail) {
        ObjectNode body = obj().put("externalId", text(a, "externalId")).put("communityCode", text(a, "communityCode"))
                .put("fundingLineCode", text(a, "fundingLineCode")).put("title", text(a, "title"))
                .put("section", text(a, "section")).put("category", text(a, "category")).put("detail", detail);
        body.put("amountAssigned", money(a.path("amountAssigned")));
        body.put("programmePeriod", text(a, "programmePeriod"));
        dates.putDate(body, "assignedOn", "assignedOnSource", a, a.path("source"));
        ArrayNode notes = body.putArray("notes");
        a.path("notes").forEach(note -> notes.add(note.asText()));
        body.set("source", source(a.path("source")));
        return body;
    }

    /** A Table 2 or Table 3 row: participants, acts and how it is printed. */
    private ObjectNode projectRow(JsonNode a) {
        ObjectNode body = allocation(a, "PROJECT");
        body.put("communityParticipates", a.path("participants").path("community").asBoolean());
        ArrayNode istat = body.putArray("municipalityIstatCodes");
        for (JsonNode name : a.path("participants").path("municipalities")) {
            istat.add(dataset.istatOf(name.asText()));
        }
        ArrayNode acts = body.putArray("legalActs");
        for (JsonNode act : a.path("legalActs")) {
            acts.addObject().put("act", text(act, "act")).put("scope", text(act, "scope")).put("note", text(act, "note"));
        }
        ObjectNode provenance = body.putObject("provenance").put("table", text(a, "table"))
                .put("rowNumber", a.path("rowNumber").asInt()).put("amountPrinted", a.path("amountPrinted").asBoolean());
        provenance.set("printedCells", a.path("printedCells").deepCopy());
        JsonNode discrepancy = a.path("printedDiscrepancy");
        if (discrepancy.isObject()) {
            ObjectNode d = provenance.putObject("printedDiscrepancy").put("kind", text(discrepancy, "kind"));
            d.put("paidPlusToPay", money(discrepancy.path("paidPlusToPay")));
            d.put("difference", money(discrepancy.path("difference")));
            d.put("likelyCorrectAssigned", money(discrepancy.path("likelyCorrectAssigned")));
            d.put("keptAsPrinted", discrepancy.path("keptAsPrinted").asBoolean());
        }
        if (a.path("corrections").isArray()) {
            ArrayNode corrections = provenance.putArray("corrections");
            for (JsonNode c : a.path("corrections")) {
                corrections.addObject().put("field", text(c, "field")).put("printed", text(c, "printed"))
                        .put("corrected", money(c.path("corrected"))).put("note", text(c, "note"));
            }
        }
        if (a.path("otherPrintedAmounts").isArray()) {
            ArrayNode others = provenance.putArray("otherPrintedAmounts");
            for (JsonNode o : a.path("otherPrintedAmounts")) {
                ObjectNode other = others.addObject().put("amount", money(o.path("amount")))
                        .put("label", limit(joinNonNull(text(o, "label"), text(o, "note")), 1000));
                other.set("source", source(o.path("source")));
            }
        }
        provenance.put("categoryNote", limit(text(a, "categoryNote"), 2000))
                .put("participantsColumn", text(a, "participantsColumn")).put("uncertain", a.path("uncertain").asBoolean());
        return body;
    }

    /** A Table 1 cell: a line total whose payments are not known, placed by its row and column in the table. */
    private ObjectNode lineTotal(JsonNode cell) {
        ObjectNode body = allocation(cell, text(cell, "detail"));
        body.put("communityParticipates", false);
        body.putObject("provenance").put("table", text(cell, "table")).put("rowNumber", cell.path("rowNumber").asInt())
                .put("amountPrinted", true);
        return body;
    }

    /** The payments of a row: the booklets give the paid total, itemised only where they say so, and no date. */
    private void payments(JsonNode allocation) {
        String externalId = allocation.path("externalId").asText();
        int n = 0;
        for (JsonNode p : allocation.path("payments")) {
            n++;
            String paymentId = externalId + "-p" + n;
            JsonNode printedIn = p.path("source").isObject() ? p.path("source") : allocation.path("source");
            ObjectNode body = obj().put("allocationExternalId", externalId).put("externalId", paymentId);
            dates.putDate(body, "date", "dateSource", p, printedIn);
            body.put("amount", money(p.path("amount")));
            body.put("act", text(p, "act")).put("kind", text(p, "kind")).put("note", text(p, "note"))
                    .put("period", text(p, "period")).put("fundingRound", text(p, "fundingRound"));
            if (p.path("breakdown").isArray()) {
                ArrayNode shares = body.putArray("breakdown");
                for (JsonNode share : p.path("breakdown")) {
                    shares.addObject().put("entity", text(share, "entity")).put("amount", money(share.path("amount")));
                }
            }
            if (p.path("source").isObject()) {
                body.set("source", source(p.path("source")));
            }
            writer.createOrReplace("payment", "payment:" + paymentId, PAYMENTS, body, () -> paymentPath(externalId, body),
                    "allocationExternalId");
        }
    }

    /** Payments are listed by allocation id: the allocation is found by its external id first. */
    private Optional<String> paymentPath(String allocationExternalId, ObjectNode payment) {
        return writer.listed(ALLOCATIONS, externalIdFilter(allocationExternalId),
                obj().put("externalId", allocationExternalId), "externalId")
                .flatMap(allocation -> writer.unclaimed(PAYMENTS, "allocationId=" + allocation.substring(ALLOCATIONS.length() + 1),
                        payment, "externalId"));
    }

    private static String externalIdFilter(String externalId) {
        return "externalId=" + URLEncoder.encode(externalId, StandardCharsets.UTF_8);
    }

    /**
     * funding-service knows communities and municipalities from territory events. Asks it, with a
     * harmless request it must refuse (an allocation on a funding line that does not exist, no
     * Idempotency-Key), whether it still finds a community or member unknown.
     */
    private void awaitFundingReplica() {
        Instant giveUp = Instant.now().plus(RecordWriter.REPLICA_WAIT);
        GatewayClient.Backoff backoff = new GatewayClient.Backoff();
        for (String community : dataset.communityCodes()) {
            ObjectNode probe = obj().put("communityCode", community).put("fundingLineCode", PROBE_LINE)
                    .put("title", "reference-data loader: is the territory replica up to date?").put("section", "LOCAL_PROGRAMME")
                    .put("amountAssigned", new BigDecimal("0.00"));
            ArrayNode members = probe.putArray("municipalityIstatCodes");
            dataset.membersOf(community).forEach(members::add);
            while (true) {
                Reply reply = writer.gateway().post(ALLOCATIONS, probe, null);
                if (reply.status() == 422 && onlyFieldErrors(reply, "fundingLineCode")) {
                    break;
                }
                if (reply.status() != 422 || Instant.now().isAfter(giveUp)) {
                    writer.summary().refuse("replica-check", community, "funding-service does not confirm the territory register: "
                            + reply.problem());
                    break;
                }
                backoff.pause();
            }
        }
    }

    private static boolean onlyFieldErrors(Reply reply, String field) {
        JsonNode errors = reply.body().path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            return false;
        }
        for (JsonNode error : errors) {
            if (!field.equals(error.path("field").asText())) {
                return false;
            }
        }
        return true;
    }
}
