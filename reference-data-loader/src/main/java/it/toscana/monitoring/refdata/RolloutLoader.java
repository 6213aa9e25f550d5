package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.count;
import static it.toscana.monitoring.refdata.Fields.integer;
import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.money;
import static it.toscana.monitoring.refdata.Fields.reference;
import static it.toscana.monitoring.refdata.Fields.text;
import static it.toscana.monitoring.refdata.Fields.value;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.client.model.ForeGovAdhesionRequest;
import it.toscana.monitoring.client.model.ForeGovAdhesionStatus;
import it.toscana.monitoring.client.model.JusticeOfficeRequest;
import it.toscana.monitoring.client.model.JusticeOfficeStatus;
import it.toscana.monitoring.client.model.RegionalService;
import it.toscana.monitoring.client.model.ServiceAdhesionRequest;
import it.toscana.monitoring.client.model.ServiceAdhesionStatus;
import it.toscana.monitoring.client.model.TelecentreRequest;
import it.toscana.monitoring.client.model.TelecentreStatus;
import it.toscana.monitoring.client.model.VoipInstallationRequest;
import it.toscana.monitoring.client.model.VoipInstallationStatus;
import it.toscana.monitoring.refdata.DocumentDates.Dated;

/**
 * The other rollout facts the booklets print, into deployment-service: telecentres (both phases),
 * VoIP installations, FORe-gov adhesions (joined and expected), justice offices and START, SUAP and URP
 * adhesions (one per entity and service). Each carries its record's source and is dated by its booklet
 * (no booklet prints when a status or figure took effect); a fact an earlier dataset version wrote is
 * found among its community's by its identity fields.
 */
final class RolloutLoader extends SectionLoader {

    RolloutLoader(Dataset dataset, DocumentDates dates, RecordWriter writer) {
        super(dataset, dates, writer);
    }

    void load(JsonNode deployment) {
        deployment.path("telecentres").forEach(this::telecentres);
        deployment.path("voip").forEach(this::voip);
        deployment.path("foregov").forEach(this::foreGov);
        deployment.path("justice").forEach(this::justiceOffice);
        deployment.path("serviceAdhesions").forEach(this::serviceAdhesions);
    }

    private void telecentres(JsonNode t) {
        String community = t.path("communityCode").asText();
        Dated since = dates.documentDate(t.path("source"));
        String costNote = text(t, "totalProjectCostNote") == null ? null : "Total project cost: " + text(t, "totalProjectCostNote");
        String availableTo = text(t, "availableTo") == null ? null : "Available to " + text(t, "availableTo");
        TelecentreRequest first = new TelecentreRequest().communityCode(community).phase(text(t, "phase"))
                .status(value(t, "status", TelecentreStatus::fromValue)).managedBy(text(t, "managedBy"))
                .regionalFunding(money(t.path("regionalFunding"))).totalProjectCost(money(t.path("totalProjectCost")))
                .notes(limit(joinNonNull(joinNonNull(costNote, availableTo), text(t, "note")), 4000))
                .source(reference(t.path("source"))).since(since.on()).sinceSource(since.source());
        write("telecentre", "telecentre:" + community + ":" + text(t, "phase"), "/api/v1/telecentres", first, community, "phase");
        JsonNode second = t.path("phaseII");
        if (!second.isObject()) {
            return;
        }
        String notes = text(second, "status") == null ? "Status not printed; recorded as PLANNED (completion target "
                + text(second, "completionTarget") + ")." : null;
        if (second.path("regionalFundingApproximate").asBoolean()) {
            notes = joinNonNull(notes, "Regional funding printed as approximate (\"circa\").");
        }
        notes = joinNonNull(notes, text(second, "jobsNote"));
        notes = joinNonNull(notes, text(second, "equipment"));
        TelecentreRequest phaseTwo = new TelecentreRequest().communityCode(community).phase("II")
                .status(TelecentreStatus.fromValue(Objects.requireNonNullElse(text(second, "status"), "PLANNED")))
                .location(text(second, "location")).managedBy(text(t, "managedBy"))
                .workstations(integer(second.path("workstationsUsers"))).teacherWorkstations(integer(second.path("workstationsTeachers")))
                .jobsTarget(integer(second.path("jobsTarget"))).regionalFunding(money(second.path("regionalFunding")))
                .completionTarget(text(second, "completionTarget")).notes(limit(notes, 4000))
                .source(reference(t.path("source"))).since(since.on()).sinceSource(since.source());
        write("telecentre", "telecentre:" + community + ":II", "/api/v1/telecentres", phaseTwo, community, "phase");
    }

    private void voip(JsonNode v) {
        String community = v.path("communityCode").asText();
        Dated since = dates.documentDate(v.path("source"));
        VoipInstallationRequest request = new VoipInstallationRequest().communityCode(community)
                .entity("Comunità Montana " + dataset.communityName(community))
                .status(VoipInstallationStatus.fromValue(Objects.requireNonNullElse(text(v, "status"), "IN_PROGRESS")))
                .switchboards(integer(v.path("switchboards"))).terminals(integer(v.path("terminals")))
                .terminalsApproximate(v.path("terminalsApproximate").asBoolean()).phase(text(v, "phase"))
                .notes(limit(joinNonNull("Printed: " + text(v, "printed"), text(v, "status") == null
                        ? "Status not printed; recorded as IN_PROGRESS (pre-financed with a 40% advance)." : null), 4000))
                .source(reference(v.path("source"))).since(since.on()).sinceSource(since.source());
        write("voip-installation", "voip:" + community, "/api/v1/voip-installations", request, community, "entity");
    }

    /** Entities already joined (the community's own record carries the first phase's trainees) and those expected to. */
    private void foreGov(JsonNode f) {
        String community = f.path("communityCode").asText();
        Dated since = dates.documentDate(f.path("source"));
        for (JsonNode joined : f.path("joinedFirstPhase")) {
            String entity = joined.asText();
            boolean isCommunity = !dataset.isMunicipality(entity);
            ForeGovAdhesionRequest request = foreGov(community, entity, ForeGovAdhesionStatus.JOINED, f, since)
                    .istatCode(isCommunity ? null : dataset.istatOf(entity));
            String notes = null;
            if (isCommunity) {
                request.managers(integer(f.path("firstPhaseManagers"))).employees(integer(f.path("firstPhaseEmployees")));
                notes = "Managers and employees are the first phase's figures for all joined entities together.";
            }
            request.notes(limit(joinNonNull(notes, text(f, "note")), 4000));
            write("fore-gov-adhesion", "fore-gov:" + community + ":JOINED:" + entity, "/api/v1/fore-gov-adhesions", request,
                    community, "entity", "status");
        }
        for (JsonNode expected : f.path("expectedAdhesion")) {
            String entity = expected.path("municipality").asText();
            ForeGovAdhesionRequest request = foreGov(community, entity, ForeGovAdhesionStatus.EXPECTED, f, since)
                    .istatCode(dataset.istatOf(entity)).employees(integer(expected.path("employees")))
                    .notes(limit(text(f, "note"), 4000));
            write("fore-gov-adhesion", "fore-gov:" + community + ":EXPECTED:" + entity, "/api/v1/fore-gov-adhesions", request,
                    community, "entity", "status");
        }
    }

    private static ForeGovAdhesionRequest foreGov(String community, String entity, ForeGovAdhesionStatus status, JsonNode f,
            Dated since) {
        return new ForeGovAdhesionRequest().communityCode(community).entity(entity).status(status)
                .source(reference(f.path("source"))).since(since.on()).sinceSource(since.source());
    }

    private void justiceOffice(JsonNode j) {
        String community = j.path("communityCode").asText();
        String activation = text(j, "activation");
        Dated since = dates.documentDate(j.path("source"));
        String notes = text(j, "note");
        if (j.path("uncertain").asBoolean()) {
            notes = joinNonNull("Uncertain reading.", notes);
        }
        JusticeOfficeRequest request = new JusticeOfficeRequest().communityCode(community).office(text(j, "office"))
                .status(activation == null ? JusticeOfficeStatus.PLANNED : JusticeOfficeStatus.ACTIVE).activation(activation)
                .magistrates(integer(j.path("magistrates"))).lawyers(integer(j.path("lawyers")))
                .accesses(count(j.path("accessesSince200901")))
                .accessesSince(j.path("accessesSince200901").isNumber() ? LocalDate.of(2009, 1, 1) : null)
                .target(text(j, "target")).notes(limit(notes, 4000))
                .source(reference(j.path("source"))).since(since.on()).sinceSource(since.source());
        write("justice-office", "justice:" + community + ":" + text(j, "office"), "/api/v1/justice-offices", request, community,
                "office");
    }

    /** One adhesion per entity named; staff is trained where the booklet says so, else not reported (null). */
    private void serviceAdhesions(JsonNode a) {
        String community = a.path("communityCode").asText();
        Dated since = dates.documentDate(a.path("source"));
        Set<String> trained = new HashSet<>();
        a.path("staffTrained").forEach(entity -> trained.add(entity.asText()));
        for (JsonNode named : a.path("entities")) {
            String entity = named.asText();
            boolean isCommunity = !dataset.isMunicipality(entity);
            ServiceAdhesionRequest request = new ServiceAdhesionRequest().communityCode(community)
                    .istatCode(isCommunity ? null : dataset.istatOf(entity)).entity(entity)
                    .service(value(a, "service", RegionalService::fromValue)).status(value(a, "status", ServiceAdhesionStatus::fromValue))
                    .staffTrained(trained.contains(entity) ? Boolean.TRUE : null).notes(limit(text(a, "note"), 4000))
                    .source(reference(a.path("source"))).since(since.on()).sinceSource(since.source());
            write("service-adhesion", "service-adhesion:" + community + ":" + text(a, "service") + ":" + entity,
                    "/api/v1/service-adhesions", request, community, "entity", "service");
        }
    }

    private void write(String kind, String id, String collection, Object request, String community, String... identity) {
        writer.createOrReplaceListed(kind, id, collection, "community=" + community, request, identity);
    }
}
