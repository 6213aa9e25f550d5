package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.money;
import static it.toscana.monitoring.refdata.Fields.obj;
import static it.toscana.monitoring.refdata.Fields.putInt;
import static it.toscana.monitoring.refdata.Fields.reference;
import static it.toscana.monitoring.refdata.Fields.text;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The other rollout facts the booklets print, into deployment-service: telecentres (both phases),
 * VoIP installations, FORe-gov adhesions (joined and expected), justice offices and START, SUAP and URP
 * adhesions (one per entity and service), each dated by
 * its booklet (no booklet prints when a status or figure took effect).
 */
final class RolloutLoader {

    private final Dataset dataset;
    private final DocumentDates dates;
    private final RecordWriter writer;

    RolloutLoader(Dataset dataset, DocumentDates dates, RecordWriter writer) {
        this.dataset = dataset;
        this.dates = dates;
        this.writer = writer;
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
        ObjectNode first = obj().put("communityCode", community).put("phase", text(t, "phase")).put("status", text(t, "status"))
                .put("managedBy", text(t, "managedBy"));
        first.put("regionalFunding", money(t.path("regionalFunding"))).put("totalProjectCost", money(t.path("totalProjectCost")));
        String costNote = text(t, "totalProjectCostNote") == null ? null : "Total project cost: " + text(t, "totalProjectCostNote");
        String availableTo = text(t, "availableTo") == null ? null : "Available to " + text(t, "availableTo");
        first.put("notes", limit(joinNonNull(joinNonNull(costNote, availableTo), text(t, "note")), 4000));
        write("telecentre", "telecentre:" + community + ":" + text(t, "phase"), "/api/v1/telecentres", first, t, "phase");
        JsonNode second = t.path("phaseII");
        if (!second.isObject()) {
            return;
        }
        ObjectNode body = obj().put("communityCode", community).put("phase", "II")
                .put("status", Objects.requireNonNullElse(text(second, "status"), "PLANNED"))
                .put("location", text(second, "location")).put("managedBy", text(t, "managedBy"));
        putInt(body, "workstations", second.path("workstationsUsers"));
        putInt(body, "teacherWorkstations", second.path("workstationsTeachers"));
        putInt(body, "jobsTarget", second.path("jobsTarget"));
        body.put("regionalFunding", money(second.path("regionalFunding"))).put("completionTarget", text(second, "completionTarget"));
        String notes = text(second, "status") == null ? "Status not printed; recorded as PLANNED (completion target "
                + text(second, "completionTarget") + ")." : null;
        if (second.path("regionalFundingApproximate").asBoolean()) {
            notes = joinNonNull(notes, "Regional funding printed as approximate (\"circa\").");
        }
        notes = joinNonNull(notes, text(second, "jobsNote"));
        notes = joinNonNull(notes, text(second, "equipment"));
        body.put("notes", limit(notes, 4000));
        write("telecentre", "telecentre:" + community + ":II", "/api/v1/telecentres", body, t, "phase");
    }

    private void voip(JsonNode v) {
        String community = v.path("communityCode").asText();
        ObjectNode body = obj().put("communityCode", community).put("entity", "Comunità Montana " + dataset.communityName(community))
                .put("status", Objects.requireNonNullElse(text(v, "status"), "IN_PROGRESS"));
        putInt(body, "switchboards", v.path("switchboards"));
        putInt(body, "terminals", v.path("terminals"));
        body.put("terminalsApproximate", v.path("terminalsApproximate").asBoolean()).put("phase", text(v, "phase"));
        body.put("notes", limit(joinNonNull("Printed: " + text(v, "printed"), text(v, "status") == null
                ? "Status not printed; recorded as IN_PROGRESS (pre-financed with a 40% advance)." : null), 4000));
        write("voip-installation", "voip:" + community, "/api/v1/voip-installations", body, v, "entity");
    }

    /** Entities already joined (the community's own record carries the first phase's trainees) and those expected to. */
    private void foreGov(JsonNode f) {
        String community = f.path("communityCode").asText();
        for (JsonNode joined : f.path("joinedFirstPhase")) {
            String entity = joined.asText();
            boolean isCommunity = !dataset.isMunicipality(entity);
            ObjectNode body = obj().put("communityCode", community).put("istatCode", isCommunity ? null : dataset.istatOf(entity))
                    .put("entity", entity).put("status", "JOINED");
            String notes = null;
            if (isCommunity) {
                putInt(body, "managers", f.path("firstPhaseManagers"));
                putInt(body, "employees", f.path("firstPhaseEmployees"));
                notes = "Managers and employees are the first phase's figures for all joined entities together.";
            }
            body.put("notes", limit(joinNonNull(notes, text(f, "note")), 4000));
            write("fore-gov-adhesion", "fore-gov:" + community + ":JOINED:" + entity, "/api/v1/fore-gov-adhesions", body, f,
                    "entity", "status");
        }
        for (JsonNode expected : f.path("expectedAdhesion")) {
            String entity = expected.path("municipality").asText();
            ObjectNode body = obj().put("communityCode", community).put("istatCode", dataset.istatOf(entity)).put("entity", entity)
                    .put("status", "EXPECTED");
            putInt(body, "employees", expected.path("employees"));
            body.put("notes", limit(text(f, "note"), 4000));
            write("fore-gov-adhesion", "fore-gov:" + community + ":EXPECTED:" + entity, "/api/v1/fore-gov-adhesions", body, f,
                    "entity", "status");
        }
    }

    private void justiceOffice(JsonNode j) {
        String community = j.path("communityCode").asText();
        String activation = text(j, "activation");
        ObjectNode body = obj().put("communityCode", community).put("office", text(j, "office"))
                .put("status", activation == null ? "PLANNED" : "ACTIVE").put("activation", activation);
        putInt(body, "magistrates", j.path("magistrates"));
        putInt(body, "lawyers", j.path("lawyers"));
        if (j.path("accessesSince200901").isNumber()) {
            body.put("accesses", j.path("accessesSince200901").asLong()).put("accessesSince", "2009-01-01");
        }
        body.put("target", text(j, "target"));
        String notes = text(j, "note");
        if (j.path("uncertain").asBoolean()) {
            notes = joinNonNull("Uncertain reading.", notes);
        }
        body.put("notes", limit(notes, 4000));
        write("justice-office", "justice:" + community + ":" + text(j, "office"), "/api/v1/justice-offices", body, j, "office");
    }

    /** One adhesion per entity named; staff is trained where the booklet says so, else not reported (null). */
    private void serviceAdhesions(JsonNode a) {
        String community = a.path("communityCode").asText();
        Set<String> trained = new HashSet<>();
        a.path("staffTrained").forEach(entity -> trained.add(entity.asText()));
        for (JsonNode named : a.path("entities")) {
            String entity = named.asText();
            boolean isCommunity = !dataset.isMunicipality(entity);
            ObjectNode body = obj().put("communityCode", community).put("istatCode", isCommunity ? null : dataset.istatOf(entity))
                    .put("entity", entity).put("service", text(a, "service")).put("status", text(a, "status"))
                    .put("staffTrained", trained.contains(entity) ? Boolean.TRUE : null).put("notes", limit(text(a, "note"), 4000));
            write("service-adhesion", "service-adhesion:" + community + ":" + text(a, "service") + ":" + entity,
                    "/api/v1/service-adhesions", body, a, "entity", "service");
        }
    }

    /**
     * With the record's source and the booklet's date as the date its status and figures hold from; a fact
     * an earlier dataset version wrote is found among its community's by its {@code identity} fields.
     */
    private void write(String kind, String id, String collection, ObjectNode body, JsonNode record, String... identity) {
        body.set("source", reference(record.path("source")));
        dates.putDocumentDate(body, "since", "sinceSource", record.path("source"));
        writer.createOrReplaceListed(kind, id, collection, "community=" + body.path("communityCode").asText(), body, identity);
    }
}
