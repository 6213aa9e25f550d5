package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.find;
import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.money;
import static it.toscana.monitoring.refdata.Fields.notes;
import static it.toscana.monitoring.refdata.Fields.obj;
import static it.toscana.monitoring.refdata.Fields.putInt;
import static it.toscana.monitoring.refdata.Fields.reference;
import static it.toscana.monitoring.refdata.Fields.text;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import it.toscana.monitoring.refdata.GatewayClient.Reply;

/**
 * Broadband into deployment-service: each community's investment and seat connection, and each
 * municipality's PA connection, fibre, citizen coverage and hospital links, dated by the booklet.
 */
final class BroadbandLoader {

    private static final String KIND = "broadband";

    private final Dataset dataset;
    private final DocumentDates dates;
    private final RecordWriter writer;

    BroadbandLoader(Dataset dataset, DocumentDates dates, RecordWriter writer) {
        this.dataset = dataset;
        this.dates = dates;
        this.writer = writer;
    }

    void load(JsonNode broadband) {
        for (JsonNode inv : broadband.path("investment")) {
            String community = inv.path("communityCode").asText();
            ObjectNode body = obj();
            JsonNode seat = find(broadband.path("paConnections"),
                    c -> community.equals(c.path("communityCode").asText()) && "COMMUNITY".equals(c.path("entityType").asText()));
            if (seat != null) {
                body.set("paConnection", paConnection(seat.path("connection")));
                body.set("fibreRtrt3", fibre(seat.path("fibreRtrt3")));
            }
            body.put("paInvestment", money(inv.path("paInvestment"))).put("paInvestmentPeriod", text(inv, "paInvestmentPeriod"))
                    .put("investmentLocalConnection", money(inv.path("localConnection")))
                    .put("investmentSharedInfrastructure", money(inv.path("sharedInfrastructureShare")))
                    .put("alreadyPaidBefore", money(inv.path("alreadyPaidBefore").path("amount")))
                    .put("alreadyPaidBeforePeriod", text(inv.path("alreadyPaidBefore"), "period"))
                    .put("citizensInvestment", money(inv.path("citizensInvestment")))
                    .put("totalInvestment", money(inv.path("total")))
                    .put("additionalFibrePerMunicipality", money(inv.path("additionalFibreContribution").path("amountPerMunicipality")))
                    .put("additionalFibreCondition", text(inv.path("additionalFibreContribution"), "condition"))
                    .put("notes", notes(inv.path("note")));
            body.set("source", reference(inv.path("source")));
            writer.upsert("community-broadband", community, "/api/v1/community-broadband/" + community, body);
        }
        Map<String, String> expectedCommunity = new LinkedHashMap<>();
        Map<String, ObjectNode> bodies = new LinkedHashMap<>();
        for (JsonNode coverage : broadband.path("citizenCoverage")) {
            String istat = dataset.istatOf(coverage.path("municipality").asText());
            expectedCommunity.put(istat, coverage.path("communityCode").asText());
            bodies.put(istat, municipality(broadband, coverage));
        }
        writeUntilResolved(bodies, expectedCommunity);
    }

    private ObjectNode municipality(JsonNode broadband, JsonNode coverage) {
        String name = coverage.path("municipality").asText();
        ObjectNode body = obj();
        JsonNode pa = find(broadband.path("paConnections"),
                c -> name.equals(c.path("entity").asText()) && "MUNICIPALITY".equals(c.path("entityType").asText()));
        String notes = null;
        if (pa != null) {
            body.set("paConnection", paConnection(pa.path("connection")));
            body.set("fibreRtrt3", fibre(pa.path("fibreRtrt3")));
            notes = text(pa, "note");
        }
        body.put("coverage", text(coverage, "status"));
        putInt(body, "coverageTargetYear", coverage.path("targetYear"));
        putInt(body, "digitalDivideLevel", coverage.path("digitalDivideLevel"));
        body.set("zonesServed", coverage.path("zonesServed").isArray() ? coverage.path("zonesServed").deepCopy() : Fields.NODES.arrayNode());
        putInt(body, "unservableUsers", coverage.path("usersNotServable"));
        ArrayNode hospitals = body.putArray("hospitalLinks");
        for (JsonNode h : broadband.path("hospitalLinks")) {
            if (name.equals(h.path("municipality").asText())) {
                hospitals.addObject().put("hospital", text(h, "hospital")).put("link", text(h, "link"))
                        .put("minSpeedMbps", h.path("minSpeedMbps").asInt()).put("status", text(h, "status"));
            }
        }
        body.put("notes", limit(joinNonNull(notes, text(coverage, "note")), 4000));
        body.set("source", reference(coverage.path("source")));
        return dates.putDocumentDate(body, "since", "sinceSource", coverage.path("source"));
    }

    /**
     * The community of a municipality's facts is resolved from deployment-service's replica of the
     * territory register: re-write (an idempotent upsert) until every one resolves, so the PAAS points
     * that follow land in the right community too.
     */
    private void writeUntilResolved(Map<String, ObjectNode> bodies, Map<String, String> expectedCommunity) {
        Instant giveUp = Instant.now().plus(RecordWriter.REPLICA_WAIT);
        GatewayClient.Backoff backoff = new GatewayClient.Backoff();
        Map<String, ObjectNode> pending = new LinkedHashMap<>(bodies);
        boolean first = true;
        while (!pending.isEmpty()) {
            for (Iterator<Map.Entry<String, ObjectNode>> it = pending.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, ObjectNode> entry = it.next();
                String istat = entry.getKey();
                String path = "/api/v1/broadband/" + istat;
                Reply reply = first ? writer.upsertReply(KIND, istat, path, entry.getValue(), BroadbandLoader::notYetKnown)
                        : writer.gateway().put(path, entry.getValue());
                if (!reply.ok() && !notYetKnown(reply)) {
                    if (!first) {
                        writer.summary().refuse(KIND, istat, reply.problem());
                    }
                    it.remove();
                } else if (reply.ok() && expectedCommunity.get(istat).equals(reply.body().path("communityCode").asText())) {
                    it.remove();
                }
            }
            first = false;
            if (!pending.isEmpty()) {
                if (Instant.now().isAfter(giveUp)) {
                    pending.keySet().forEach(istat -> writer.summary().refuse(KIND, istat,
                            "deployment-service did not resolve the municipality to " + expectedCommunity.get(istat)
                                    + " within " + RecordWriter.REPLICA_WAIT.toSeconds() + "s"));
                    break;
                }
                backoff.pause();
            }
        }
    }

    private static boolean notYetKnown(Reply reply) {
        return reply.status() == 422 && RecordWriter.isUnknownReference(reply);
    }

    private static ObjectNode paConnection(JsonNode connection) {
        if (!connection.isObject()) {
            return null;
        }
        String technology = text(connection, "technology");
        if ("CABLE_OR_TIX_SAT".equals(technology)) {
            technology = "CABLE_OR_TIX_SATELLITE";
        } else if ("TIX_SAT".equals(technology)) {
            technology = "TIX_SATELLITE";
        }
        return obj().put("network", text(connection, "network")).put("technology", technology)
                .put("status", text(connection, "status")).put("date", text(connection, "date"));
    }

    private static ObjectNode fibre(JsonNode fibre) {
        if (!fibre.isObject()) {
            return null;
        }
        ObjectNode node = obj().put("status", text(fibre, "status"));
        putInt(node, "year", fibre.path("year"));
        return node.put("note", text(fibre, "note"));
    }
}
