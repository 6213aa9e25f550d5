package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.as;
import static it.toscana.monitoring.refdata.Fields.date;
import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.money;
import static it.toscana.monitoring.refdata.Fields.source;
import static it.toscana.monitoring.refdata.Fields.text;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import it.toscana.monitoring.client.model.CallRequest;
import it.toscana.monitoring.client.model.CnipaDecision;
import it.toscana.monitoring.client.model.CoFinancingRequest;
import it.toscana.monitoring.client.model.Contribution;
import it.toscana.monitoring.client.model.Decree;
import it.toscana.monitoring.client.model.ProceduralStep;
import it.toscana.monitoring.client.model.RegionalOwnFunds;
import it.toscana.monitoring.client.model.RequirementRequest;

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
     * procedural steps) already have the API's shape and are read as its types, field by field. What the
     * API has no field for (the act, its printed section totals, the notes on the act as a whole) goes
     * into the project's notes, so nothing printed is lost.
     */
    static CoFinancingRequest coFinancingProject(JsonNode project, JsonNode coFinancing) {
        List<Contribution> contributions = new ArrayList<>();
        project.path("contributions").forEach(c -> contributions.add(as(pick(c, "source", "label", "amount", "printed", "note"),
                Contribution.class)));
        RegionalOwnFunds ownFunds = null;
        JsonNode funds = project.path("regionalOwnFundsCommitted");
        if (funds.isObject()) {
            List<Decree> decrees = new ArrayList<>();
            funds.path("decrees").forEach(d -> decrees.add(as(pick(d, "act", "amount", "purpose", "date", "source"), Decree.class)));
            ownFunds = as(pick(funds, "total", "totalPrinted", "textPrinted", "note", "source"), RegionalOwnFunds.class)
                    .decrees(decrees);
        }
        List<ProceduralStep> steps = new ArrayList<>();
        project.path("proceduralSteps").forEach(step -> steps.add(as(pick(step, "act", "competentBody", "issued", "issuedPrinted",
                "date", "datePrinted", "deadline", "appliesTo", "note", "source"), ProceduralStep.class)));
        JsonNode decision = project.path("cnipaDecision");
        return new CoFinancingRequest().title(text(project, "title")).section(text(project, "section"))
                .beneficiary(text(project, "beneficiary")).totalInvestment(money(project.path("totalInvestment")))
                .contributions(contributions).regionalOwnFunds(ownFunds).proceduralSteps(steps).cnipaCall(text(project, "cnipaCall"))
                .cnipaDecision(decision.isObject() ? as(pick(decision, "act", "date", "outcomeNote", "note"), CnipaDecision.class) : null)
                .contributionsSource(source(project.path("contributionsSource")))
                .notes(actNotes(coFinancing, text(project, "section"))).source(source(project.path("source")));
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

    static CallRequest call(JsonNode call) {
        return new CallRequest().title(text(call, "title")).target(text(call, "target")).budget(money(call.path("budget")))
                .opensOn(date(call, "opensOn")).deadline(date(call, "deadline")).deadlinePrinted(text(call, "deadlinePrinted"))
                .source(source(call.path("source")));
    }

    static RequirementRequest requirement(JsonNode requirement, JsonNode source) {
        return new RequirementRequest().description(text(requirement, "requirement"))
                .source(source(requirement.path("source").isObject() ? requirement.path("source") : source));
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
