package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.date;
import static it.toscana.monitoring.refdata.Fields.find;
import static it.toscana.monitoring.refdata.Fields.integer;
import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.money;
import static it.toscana.monitoring.refdata.Fields.notes;
import static it.toscana.monitoring.refdata.Fields.reference;
import static it.toscana.monitoring.refdata.Fields.text;
import static it.toscana.monitoring.refdata.Fields.texts;
import static it.toscana.monitoring.refdata.Fields.value;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.client.model.BroadbandRequest;
import it.toscana.monitoring.client.model.CommunityBroadbandRequest;
import it.toscana.monitoring.client.model.ConnectionStatus;
import it.toscana.monitoring.client.model.ConnectionTechnology;
import it.toscana.monitoring.client.model.Coverage;
import it.toscana.monitoring.client.model.FibreExtension;
import it.toscana.monitoring.client.model.FibreStatus;
import it.toscana.monitoring.client.model.HospitalLink;
import it.toscana.monitoring.client.model.PaConnection;
import it.toscana.monitoring.client.model.RolloutStatus;
import it.toscana.monitoring.refdata.DocumentDates.Dated;

import it.toscana.monitoring.refdata.GatewayClient.Reply;

/**
 * Broadband into deployment-service: each community's investment and seat connection, and each
 * municipality's PA connection, fibre, citizen coverage and hospital links, dated by the booklet.
 */
final class BroadbandLoader extends SectionLoader {

    private static final String KIND = "broadband";

    BroadbandLoader(Dataset dataset, DocumentDates dates, RecordWriter writer) {
        super(dataset, dates, writer);
    }

    void load(JsonNode broadband) {
        for (JsonNode inv : broadband.path("investment")) {
            String community = inv.path("communityCode").asText();
            CommunityBroadbandRequest request = new CommunityBroadbandRequest();
            JsonNode seat = find(broadband.path("paConnections"),
                    c -> community.equals(c.path("communityCode").asText()) && "COMMUNITY".equals(c.path("entityType").asText()));
            if (seat != null) {
                request.paConnection(paConnection(seat.path("connection"))).fibreRtrt3(fibre(seat.path("fibreRtrt3")));
            }
            request.paInvestment(money(inv.path("paInvestment"))).paInvestmentPeriod(text(inv, "paInvestmentPeriod"))
                    .investmentLocalConnection(money(inv.path("localConnection")))
                    .investmentSharedInfrastructure(money(inv.path("sharedInfrastructureShare")))
                    .alreadyPaidBefore(money(inv.path("alreadyPaidBefore").path("amount")))
                    .alreadyPaidBeforePeriod(text(inv.path("alreadyPaidBefore"), "period"))
                    .citizensInvestment(money(inv.path("citizensInvestment"))).totalInvestment(money(inv.path("total")))
                    .additionalFibrePerMunicipality(money(inv.path("additionalFibreContribution").path("amountPerMunicipality")))
                    .additionalFibreCondition(text(inv.path("additionalFibreContribution"), "condition"))
                    .notes(notes(inv.path("note"))).source(reference(inv.path("source")));
            writer.upsert("community-broadband", community, "/api/v1/community-broadband/" + community, request);
        }
        Map<String, String> expectedCommunity = new LinkedHashMap<>();
        Map<String, BroadbandRequest> requests = new LinkedHashMap<>();
        for (JsonNode coverage : broadband.path("citizenCoverage")) {
            String istat = dataset.istatOf(coverage.path("municipality").asText());
            expectedCommunity.put(istat, coverage.path("communityCode").asText());
            requests.put(istat, municipality(broadband, coverage));
        }
        writeUntilResolved(requests, expectedCommunity);
    }

    private BroadbandRequest municipality(JsonNode broadband, JsonNode coverage) {
        String name = coverage.path("municipality").asText();
        Dated since = dates.documentDate(coverage.path("source"));
        BroadbandRequest request = new BroadbandRequest();
        JsonNode pa = find(broadband.path("paConnections"),
                c -> name.equals(c.path("entity").asText()) && "MUNICIPALITY".equals(c.path("entityType").asText()));
        String notes = null;
        if (pa != null) {
            request.paConnection(paConnection(pa.path("connection"))).fibreRtrt3(fibre(pa.path("fibreRtrt3")));
            notes = text(pa, "note");
        }
        List<HospitalLink> hospitals = new ArrayList<>();
        for (JsonNode h : broadband.path("hospitalLinks")) {
            if (name.equals(h.path("municipality").asText())) {
                hospitals.add(new HospitalLink().hospital(text(h, "hospital")).link(text(h, "link"))
                        .minSpeedMbps(h.path("minSpeedMbps").asInt()).status(value(h, "status", RolloutStatus::fromValue)));
            }
        }
        return request.coverage(value(coverage, "status", Coverage::fromValue)).coverageTargetYear(integer(coverage.path("targetYear")))
                .digitalDivideLevel(integer(coverage.path("digitalDivideLevel"))).zonesServed(texts(coverage.path("zonesServed")))
                .unservableUsers(integer(coverage.path("usersNotServable"))).hospitalLinks(hospitals)
                .notes(limit(joinNonNull(notes, text(coverage, "note")), 4000)).source(reference(coverage.path("source")))
                .since(since.on()).sinceSource(since.source());
    }

    /**
     * The community of a municipality's facts is resolved from deployment-service's replica of the
     * territory register: re-write (an idempotent upsert) until every one resolves, so the PAAS points
     * that follow land in the right community too.
     */
    private void writeUntilResolved(Map<String, BroadbandRequest> requests, Map<String, String> expectedCommunity) {
        Instant giveUp = Instant.now().plus(RecordWriter.REPLICA_WAIT);
        GatewayClient.Backoff backoff = new GatewayClient.Backoff();
        Map<String, BroadbandRequest> pending = new LinkedHashMap<>(requests);
        boolean first = true;
        while (!pending.isEmpty()) {
            for (Iterator<Map.Entry<String, BroadbandRequest>> it = pending.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, BroadbandRequest> entry = it.next();
                String istat = entry.getKey();
                String path = "/api/v1/broadband/" + istat;
                Reply reply = first ? writer.upsertReply(KIND, istat, path, entry.getValue(), BroadbandLoader::notYetKnown)
                        : writer.gateway().put(path, Fields.body(entry.getValue()));
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

    private static PaConnection paConnection(JsonNode connection) {
        if (!connection.isObject()) {
            return null;
        }
        String technology = text(connection, "technology");
        if ("CABLE_OR_TIX_SAT".equals(technology)) {
            technology = "CABLE_OR_TIX_SATELLITE";
        } else if ("TIX_SAT".equals(technology)) {
            technology = "TIX_SATELLITE";
        }
        return new PaConnection().network(text(connection, "network"))
                .technology(technology == null ? null : ConnectionTechnology.fromValue(technology))
                .status(value(connection, "status", ConnectionStatus::fromValue)).date(date(connection, "date"));
    }

    private static FibreExtension fibre(JsonNode fibre) {
        if (!fibre.isObject()) {
            return null;
        }
        return new FibreExtension().status(value(fibre, "status", FibreStatus::fromValue)).year(integer(fibre.path("year")))
                .note(text(fibre, "note"));
    }
}
