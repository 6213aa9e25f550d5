package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.money;
import static it.toscana.monitoring.refdata.Fields.source;
import static it.toscana.monitoring.refdata.Fields.text;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The programme around the booklets, into funding-service: the APQ act's co-financed projects
 * ({@code co-financing.json}) and the slides' calls and mandatory requirements ({@code programme.json}).
 * All three have a natural key, so each is a PUT by code.
 */
final class ProgrammeLoader {

    private static final int NOTE_MAX = 2000;

    private final Upsert writes;

    ProgrammeLoader(Upsert writes) {
        this.writes = writes;
    }

    void load(JsonNode coFinancing, JsonNode programme) {
        for (JsonNode project : coFinancing.path("projects")) {
            String code = project.path("code").asText();
            writes.upsert("co-financing-project", code, "/api/v1/co-financing-projects/" + code,
                    coFinancingProject(project, coFinancing));
        }
        for (JsonNode call : programme.path("calls")) {
            String code = call.path("code").asText();
            writes.upsert("call", code, "/api/v1/calls/" + code, call(call));
        }
        for (JsonNode requirement : programme.path("mandatoryRequirements")) {
            String code = requirement.path("code").asText();
            writes.upsert("mandatory-requirement", code, "/api/v1/mandatory-requirements/" + code,
                    requirement(requirement, programme.path("mandatoryRequirementsSource")));
        }
    }

    /**
     * A project as funding-service takes it; the dataset's nested records (contributions, decrees,
     * procedural steps) already have the API's shape and are copied field by field. What the API
     * has no field for (the act, its printed section totals, the notes on the act as a whole) goes
     * into the project's notes, so nothing printed is lost.
     */
    static ObjectNode coFinancingProject(JsonNode project, JsonNode coFinancing) {
        ObjectNode body = Fields.obj().put("title", text(project, "title")).put("section", text(project, "section"))
                .put("beneficiary", text(project, "beneficiary"));
        body.put("totalInvestment", money(project.path("totalInvestment")));
        ArrayNode contributions = body.putArray("contributions");
        for (JsonNode c : project.path("contributions")) {
            contributions.add(pick(c, "source", "label", "amount", "printed", "note"));
        }
        JsonNode funds = project.path("regionalOwnFundsCommitted");
        if (funds.isObject()) {
            ObjectNode ownFunds = pick(funds, "total", "totalPrinted", "textPrinted", "note", "source");
            ArrayNode decrees = ownFunds.putArray("decrees");
            for (JsonNode d : funds.path("decrees")) {
                decrees.add(pick(d, "act", "amount", "purpose", "date", "source"));
            }
            body.set("regionalOwnFunds", ownFunds);
        }
        ArrayNode steps = body.putArray("proceduralSteps");
        for (JsonNode s : project.path("proceduralSteps")) {
            steps.add(pick(s, "act", "competentBody", "issued", "issuedPrinted", "date", "datePrinted", "deadline",
                    "appliesTo", "note", "source"));
        }
        body.put("cnipaCall", text(project, "cnipaCall"));
        body.set("cnipaDecision", project.path("cnipaDecision").isObject()
                ? pick(project.path("cnipaDecision"), "act", "date", "outcomeNote", "note") : null);
        body.set("contributionsSource", source(project.path("contributionsSource")));
        ArrayNode notes = body.putArray("notes");
        actNotes(coFinancing, text(project, "section")).forEach(notes::add);
        body.set("source", source(project.path("source")));
        return body;
    }

    /** The act, the printed total of the project's section and the notes on the act as a whole. */
    private static List<String> actNotes(JsonNode coFinancing, String section) {
        List<String> notes = new ArrayList<>();
        JsonNode act = coFinancing.path("act");
        notes.add(limit(joinNonNull(text(act, "title"), joinNonNull(text(act, "apq"), text(act, "proposal"))), NOTE_MAX));
        for (JsonNode total : coFinancing.path("sectionTotals")) {
            if (total.path("section").asText().equals(section)) {
                notes.add("Printed total of the " + section + " section (" + text(total.path("source"), "location") + "): "
                        + "total investment " + money(total.path("totalInvestmentPrinted")).toPlainString()
                        + ", national contribution " + money(total.path("nationalContributionPrinted")).toPlainString()
                        + " (" + text(total, "nationalSource") + ").");
            }
        }
        coFinancing.path("notes").forEach(note -> notes.add(limit(note.asText(), NOTE_MAX)));
        return notes;
    }

    static ObjectNode call(JsonNode call) {
        ObjectNode body = Fields.obj().put("title", text(call, "title")).put("target", text(call, "target"));
        body.put("budget", money(call.path("budget")));
        body.put("opensOn", text(call, "opensOn")).put("deadline", text(call, "deadline"))
                .put("deadlinePrinted", text(call, "deadlinePrinted"));
        body.set("source", source(call.path("source")));
        return body;
    }

    static ObjectNode requirement(JsonNode requirement, JsonNode source) {
        ObjectNode body = Fields.obj().put("description", text(requirement, "requirement"));
        body.set("source", source(requirement.path("source").isObject() ? requirement.path("source") : source));
        return body;
    }

    /** The named fields of {@code from} that it has (null included), copied. */
    private static ObjectNode pick(JsonNode from, String... fields) {
        ObjectNode copy = Fields.obj();
        for (String field : fields) {
            if (from.has(field)) {
                copy.set(field, from.get(field).deepCopy());
            }
        }
        return copy;
    }
}
