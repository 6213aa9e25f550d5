package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.body;
import static it.toscana.monitoring.refdata.Fields.integer;
import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.money;
import static it.toscana.monitoring.refdata.Fields.source;
import static it.toscana.monitoring.refdata.Fields.text;
import static it.toscana.monitoring.refdata.Fields.texts;
import static it.toscana.monitoring.refdata.Fields.value;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import it.toscana.monitoring.client.model.AllocationProvenance;
import it.toscana.monitoring.client.model.AllocationRequest;
import it.toscana.monitoring.client.model.Category;
import it.toscana.monitoring.client.model.Correction;
import it.toscana.monitoring.client.model.Detail;
import it.toscana.monitoring.client.model.FundingLineRequest;
import it.toscana.monitoring.client.model.LegalAct;
import it.toscana.monitoring.client.model.PaymentKind;
import it.toscana.monitoring.client.model.PaymentRequest;
import it.toscana.monitoring.client.model.PrintedAmount;
import it.toscana.monitoring.client.model.PrintedCells;
import it.toscana.monitoring.client.model.PrintedDiscrepancy;
import it.toscana.monitoring.client.model.Section;
import it.toscana.monitoring.client.model.Share;
import it.toscana.monitoring.refdata.DocumentDates.Dated;
import it.toscana.monitoring.refdata.GatewayClient.Reply;

/**
 * Money into funding-service: the funding lines, the booklets' Table 2 and Table 3 rows
 * ({@code allocations.json}) with their payments, and the Table 1 line totals of the communities
 * without a booklet ({@code table1-allocations.json}). Every allocation carries its programme period
 * and business date (its act's date where printed, else its document's); every payment its date (the
 * booklets print none: the document's).
 */
final class AllocationLoader extends SectionLoader {

    private static final String ALLOCATIONS = "/api/v1/allocations";
    private static final String PAYMENTS = "/api/v1/payments";
    private static final String PROBE_LINE = "refdata-probe-no-such-line";

    AllocationLoader(Dataset dataset, DocumentDates dates, RecordWriter writer) {
        super(dataset, dates, writer);
    }

    void load() throws IOException {
        for (JsonNode line : dataset.read("funding-lines.json")) {
            String code = line.path("code").asText();
            FundingLineRequest request = new FundingLineRequest().name(text(line, "name")).description(text(line, "description"))
                    .inTable1(line.path("inTable1").asBoolean()).table1Row(integer(line.path("table1Row")))
                    .section(value(line, "section", Section::fromValue)).source(source(line.path("source")));
            writer.upsert("funding-line", code, "/api/v1/funding-lines/" + code, request);
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

    private void write(JsonNode allocation, AllocationRequest request) {
        String externalId = allocation.path("externalId").asText();
        writer.createOrReplaceListed("allocation", "allocation:" + externalId, ALLOCATIONS, externalIdFilter(externalId), request,
                "externalId");
    }

    /** What booklet rows and Table 1 cells have in common: money, line, programme period, date, notes, source. */
    private AllocationRequest allocation(JsonNode a, Detail detail) {
        Dated assigned = dates.date(a, "assignedOn", "assignedOnSource", a.path("source"));
        return new AllocationRequest().externalId(text(a, "externalId")).communityCode(text(a, "communityCode"))
                .fundingLineCode(text(a, "fundingLineCode")).title(text(a, "title")).section(value(a, "section", Section::fromValue))
                .category(value(a, "category", Category::fromValue)).detail(detail).amountAssigned(money(a.path("amountAssigned")))
                .programmePeriod(text(a, "programmePeriod")).assignedOn(assigned.on()).assignedOnSource(assigned.source())
                .notes(texts(a.path("notes"))).source(source(a.path("source")));
    }

    /** A Table 2 or Table 3 row: participants, acts and how it is printed. */
    private AllocationRequest projectRow(JsonNode a) {
        List<String> istat = new ArrayList<>();
        a.path("participants").path("municipalities").forEach(name -> istat.add(dataset.istatOf(name.asText())));
        List<LegalAct> acts = new ArrayList<>();
        a.path("legalActs").forEach(act -> acts.add(new LegalAct().act(text(act, "act")).scope(text(act, "scope"))
                .note(text(act, "note"))));
        AllocationProvenance provenance = new AllocationProvenance().table(text(a, "table")).rowNumber(a.path("rowNumber").asInt())
                .amountPrinted(a.path("amountPrinted").asBoolean()).printedCells(Fields.as(a.path("printedCells"), PrintedCells.class));
        JsonNode discrepancy = a.path("printedDiscrepancy");
        if (discrepancy.isObject()) {
            provenance.printedDiscrepancy(new PrintedDiscrepancy().kind(text(discrepancy, "kind"))
                    .paidPlusToPay(money(discrepancy.path("paidPlusToPay"))).difference(money(discrepancy.path("difference")))
                    .likelyCorrectAssigned(money(discrepancy.path("likelyCorrectAssigned")))
                    .keptAsPrinted(discrepancy.path("keptAsPrinted").asBoolean()));
        }
        provenance.corrections(a.path("corrections").isArray() ? new ArrayList<>() : null);
        a.path("corrections").forEach(c -> provenance.addCorrectionsItem(new Correction().field(text(c, "field"))
                .printed(text(c, "printed")).corrected(money(c.path("corrected"))).note(text(c, "note"))));
        provenance.otherPrintedAmounts(a.path("otherPrintedAmounts").isArray() ? new ArrayList<>() : null);
        a.path("otherPrintedAmounts").forEach(o -> provenance.addOtherPrintedAmountsItem(new PrintedAmount()
                .amount(money(o.path("amount"))).label(limit(joinNonNull(text(o, "label"), text(o, "note")), 1000))
                .source(source(o.path("source")))));
        provenance.categoryNote(limit(text(a, "categoryNote"), 2000)).participantsColumn(text(a, "participantsColumn"))
                .uncertain(a.path("uncertain").asBoolean());
        return allocation(a, Detail.PROJECT).communityParticipates(a.path("participants").path("community").asBoolean())
                .municipalityIstatCodes(istat).legalActs(acts).provenance(provenance);
    }

    /** A Table 1 cell: a line total whose payments are not known, placed by its row and column in the table. */
    private AllocationRequest lineTotal(JsonNode cell) {
        return allocation(cell, value(cell, "detail", Detail::fromValue)).communityParticipates(false)
                .provenance(new AllocationProvenance().table(text(cell, "table")).rowNumber(cell.path("rowNumber").asInt())
                        .amountPrinted(true).corrections(null).otherPrintedAmounts(null));
    }

    /** The payments of a row: the booklets give the paid total, itemised only where they say so, and no date. */
    private void payments(JsonNode allocation) {
        String externalId = allocation.path("externalId").asText();
        int n = 0;
        for (JsonNode p : allocation.path("payments")) {
            n++;
            String paymentId = externalId + "-p" + n;
            JsonNode printedIn = p.path("source").isObject() ? p.path("source") : allocation.path("source");
            Dated date = dates.date(p, "date", "dateSource", printedIn);
            PaymentRequest payment = new PaymentRequest().allocationExternalId(externalId).externalId(paymentId).date(date.on())
                    .dateSource(date.source()).amount(money(p.path("amount"))).act(text(p, "act"))
                    .kind(value(p, "kind", PaymentKind::fromValue)).note(text(p, "note")).period(text(p, "period"))
                    .fundingRound(text(p, "fundingRound")).source(source(p.path("source")))
                    .breakdown(p.path("breakdown").isArray() ? new ArrayList<>() : null);
            p.path("breakdown").forEach(share -> payment.addBreakdownItem(new Share().entity(text(share, "entity"))
                    .amount(money(share.path("amount")))));
            writer.createOrReplace("payment", "payment:" + paymentId, PAYMENTS, payment, compared -> paymentPath(externalId, compared));
        }
    }

    /** Payments are listed by allocation id: the allocation is found by its external id first. */
    private Optional<String> paymentPath(String allocationExternalId, ObjectNode payment) {
        return writer.listed(ALLOCATIONS, externalIdFilter(allocationExternalId),
                Fields.compared(new AllocationRequest().externalId(allocationExternalId)), "externalId")
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
            ObjectNode probe = body(new AllocationRequest().communityCode(community).fundingLineCode(PROBE_LINE)
                    .title("reference-data loader: is the territory replica up to date?").section(Section.LOCAL_PROGRAMME)
                    .amountAssigned(new BigDecimal("0.00")).municipalityIstatCodes(List.copyOf(dataset.membersOf(community))));
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
