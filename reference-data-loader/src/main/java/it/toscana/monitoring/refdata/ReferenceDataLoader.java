package it.toscana.monitoring.refdata;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import it.toscana.monitoring.refdata.GatewayClient.Reply;
import it.toscana.monitoring.refdata.LoadSummary.Outcome;

/**
 * Loads the curated dataset in {@code reference-data/} through the gateway's public API, the way
 * any client would: territory first (communities, municipalities, memberships), then money
 * (funding lines, allocations, payments, declared totals with the Scheda headlines:
 * {@link SchedaHeadlineLoader}), the programme around them (APQ
 * co-financed projects, calls, mandatory requirements: {@link ProgrammeLoader}), then rollout facts
 * (broadband, CART, PAAS with usage reports, telecentres, VoIP, FORe-gov, justice).
 *
 * <p>Idempotent: natural-key resources are written with PUT (and skipped when the service already
 * holds the same values); every POST carries an {@code Idempotency-Key} derived from the record
 * ({@code refdata:v1:<kind>:<id>}), so a second run gets the first answers replayed and changes
 * nothing. funding-service and deployment-service check codes against their replica of the
 * territory register, fed by events: the loader waits (bounded) until the replicas know what was
 * just written, and retries a 422 "Unknown reference" with a bounded backoff.
 */
public final class ReferenceDataLoader {

    static final String KEY_PREFIX = "refdata:v1:";
    /** The seeds print no membership dates; memberships start with the 2007-2010 programme. */
    static final String DEFAULT_MEMBERSHIP_FROM = "2007-01-01";
    private static final Duration REPLICA_WAIT = Duration.ofSeconds(120);
    private static final String PROBE_LINE = "refdata-probe-no-such-line";

    private final GatewayClient gateway;
    private final Path dataset;
    private final ObjectMapper json;
    private final LoadSummary summary = new LoadSummary();
    private final Map<String, String> istatByName = new LinkedHashMap<>();
    private final Map<String, List<String>> membersByCommunity = new LinkedHashMap<>();
    private final Map<String, String> communityNames = new LinkedHashMap<>();

    private ReferenceDataLoader(URI gateway, Path dataset, String token) {
        this.json = mapper();
        this.gateway = new GatewayClient(gateway, json, token);
        this.dataset = dataset;
    }

    /**
     * Usage: {@code ReferenceDataLoader [gateway base URL] [dataset folder] [token]}; the writes
     * need a region-admin bearer token, the third argument or else env {@code MONITORING_TOKEN}
     * ({@code bin/local-stack token region-admin} prints one). Exit code 1 when something was refused.
     */
    public static void main(String[] args) throws IOException {
        URI gateway = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        Path dataset = Path.of(args.length > 1 ? args[1] : "reference-data");
        String token = args.length > 2 ? args[2] : System.getenv("MONITORING_TOKEN");
        System.out.println("Loading " + dataset.toAbsolutePath().normalize() + " through " + gateway);
        LoadSummary summary = load(gateway, dataset, token);
        summary.print(System.out);
        if (!summary.refusals().isEmpty()) {
            System.exit(1);
        }
    }

    /** Loads the dataset through the gateway at {@code gateway} with a region-admin {@code token}; never throws for a refused record. */
    public static LoadSummary load(URI gateway, Path dataset, String token) throws IOException {
        return new ReferenceDataLoader(gateway, dataset, token).run();
    }

    /** Jackson as the dataset needs it: decimals as exact BigDecimal (two decimals kept), written plain. */
    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return mapper;
    }

    private LoadSummary run() throws IOException {
        Instant began = Instant.now();
        JsonNode communities = read("communities.json");
        JsonNode municipalities = read("municipalities.json");
        for (JsonNode c : communities) {
            communityNames.put(c.path("code").asText(), c.path("name").asText());
        }
        for (JsonNode m : municipalities) {
            istatByName.put(m.path("name").asText(), m.path("istatCode").asText());
            membersByCommunity.computeIfAbsent(m.path("communityCode").asText(), k -> new ArrayList<>())
                    .add(m.path("istatCode").asText());
        }
        loadTerritory(communities, municipalities);
        loadFunding();
        new ProgrammeLoader(this::upsert).load(read("co-financing.json"), read("programme.json"));
        loadDeployment();
        summary.finish(Duration.between(began, Instant.now()), gateway.requests());
        return summary;
    }

    // --- territory-service ------------------------------------------------------------------

    private void loadTerritory(JsonNode communities, JsonNode municipalities) {
        for (JsonNode c : communities) {
            String code = c.path("code").asText();
            ObjectNode body = obj().put("code", code).put("name", text(c, "name")).put("kind", text(c, "kind"));
            body.set("provinces", c.path("provinces").deepCopy());
            body.put("legalBasis", text(c, "legalBasis")).put("homogeneousZone", text(c, "homogeneousZone"))
                    .put("notes", notes(c.path("notes")));
            upsert("community", code, "/api/v1/communities/" + code, body);
        }
        for (JsonNode m : municipalities) {
            String istat = m.path("istatCode").asText();
            ObjectNode body = obj().put("istatCode", istat).put("name", text(m, "name")).put("province", text(m, "province"));
            JsonNode population = m.path("population");
            if (population.isObject()) {
                body.put("population", population.path("value").asInt()).put("populationDate",
                        text(population, "referenceDate"));
            }
            upsert("municipality", istat, "/api/v1/municipalities/" + istat, body);
        }
        for (JsonNode m : municipalities) {
            String istat = m.path("istatCode").asText();
            String community = m.path("communityCode").asText();
            JsonNode membership = m.path("membership");
            ObjectNode body = obj().put("istatCode", istat).put("communityCode", community)
                    .put("validFrom", Objects.requireNonNullElse(text(membership, "validFrom"), DEFAULT_MEMBERSHIP_FROM))
                    .put("validTo", text(membership, "validTo"));
            create("membership", "membership:" + istat + ":" + community, "/api/v1/memberships", body, reply -> reply.status() == 409);
        }
    }

    // --- funding-service --------------------------------------------------------------------

    private void loadFunding() throws IOException {
        for (JsonNode line : read("funding-lines.json")) {
            String code = line.path("code").asText();
            ObjectNode body = obj().put("name", text(line, "name")).put("description", text(line, "description"))
                    .put("inTable1", line.path("inTable1").asBoolean());
            putInt(body, "table1Row", line.path("table1Row"));
            body.put("section", text(line, "section"));
            body.set("source", source(line.path("source")));
            upsert("funding-line", code, "/api/v1/funding-lines/" + code, body);
        }
        awaitFundingReplica();
        JsonNode allocations = read("allocations.json");
        for (JsonNode a : allocations) {
            String externalId = a.path("externalId").asText();
            create("allocation", "allocation:" + externalId, "/api/v1/allocations", allocation(a), reply -> reply.status() == 409);
        }
        for (JsonNode a : allocations) {
            String externalId = a.path("externalId").asText();
            int n = 0;
            for (JsonNode p : a.path("payments")) {
                n++;
                String paymentId = externalId + "-p" + n;
                ObjectNode body = obj().put("allocationExternalId", externalId).put("externalId", paymentId)
                        .put("date", text(p, "date"));
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
                create("payment", "payment:" + paymentId, "/api/v1/payments", body, reply -> reply.status() == 409);
            }
        }
        loadDeclaredTotals();
    }

    private ObjectNode allocation(JsonNode a) {
        ObjectNode body = obj().put("externalId", text(a, "externalId")).put("communityCode", text(a, "communityCode"))
                .put("fundingLineCode", text(a, "fundingLineCode")).put("title", text(a, "title"))
                .put("section", text(a, "section")).put("category", text(a, "category"));
        body.put("amountAssigned", money(a.path("amountAssigned")));
        body.put("communityParticipates", a.path("participants").path("community").asBoolean());
        ArrayNode istat = body.putArray("municipalityIstatCodes");
        for (JsonNode name : a.path("participants").path("municipalities")) {
            istat.add(istatOf(name.asText()));
        }
        ArrayNode acts = body.putArray("legalActs");
        for (JsonNode act : a.path("legalActs")) {
            acts.addObject().put("act", text(act, "act")).put("scope", text(act, "scope")).put("note", text(act, "note"));
        }
        ArrayNode notes = body.putArray("notes");
        a.path("notes").forEach(note -> notes.add(note.asText()));
        body.set("source", source(a.path("source")));
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

    /**
     * Printed totals as declared totals, under ids derived from what they declare (PUT creates or
     * replaces): each booklet's Table 2, Table 3 and grand total; every Table 1 cell and community
     * total; the region's Table 1 line totals and grand total.
     */
    private void loadDeclaredTotals() throws IOException {
        JsonNode declared = read("declared-totals.json");
        for (JsonNode c : declared.path("communities")) {
            String community = c.path("communityCode").asText();
            declare(community, "LOCAL_PROGRAMME", null, c.path("table2Total"), gapNote(c, "TABLE2"));
            declare(community, "TERRITORIAL_IMPACT", null, c.path("table3Total"), gapNote(c, "TABLE3"));
            declare(community, "GRAND_TOTAL", null, c.path("grandTotal"), gapNote(c, "GRAND_TOTAL"));
        }
        JsonNode table1 = read("table1.json");
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
        new SchedaHeadlineLoader(this::upsert).load(declared);
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

    private void declare(String community, String scope, String line, JsonNode printed, String note) {
        if (printed.isObject()) {
            declareAmount(community, scope, line, printed.path("printed"), printed.path("source"), note);
        }
    }

    private void declareAmount(String community, String scope, String line, JsonNode amount, JsonNode source, String note) {
        String natural = "declared-total:" + (community == null ? "region" : community) + ":" + scope
                + (line == null ? "" : ":" + line);
        ObjectNode body = obj().put("communityCode", community).put("scope", scope).put("fundingLineCode", line);
        body.put("amount", money(amount));
        body.set("source", source(source));
        body.put("note", limit(note, 4000));
        upsert("declared-total", natural, declaredTotalPath(natural), body);
    }

    /** Declared totals have no natural key in their URL: the id is derived from what they declare. */
    static String declaredTotalPath(String natural) {
        return "/api/v1/declared-totals/" + UUID.nameUUIDFromBytes((KEY_PREFIX + natural).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * funding-service knows communities and municipalities from territory events. Asks it, with a
     * harmless request it must refuse (an allocation on a funding line that does not exist, no
     * Idempotency-Key), whether it still finds a community or member unknown.
     */
    private void awaitFundingReplica() {
        Instant giveUp = Instant.now().plus(REPLICA_WAIT);
        GatewayClient.Backoff backoff = new GatewayClient.Backoff();
        for (String community : communityNames.keySet()) {
            ObjectNode probe = obj().put("communityCode", community).put("fundingLineCode", PROBE_LINE)
                    .put("title", "reference-data loader: is the territory replica up to date?").put("section", "LOCAL_PROGRAMME")
                    .put("amountAssigned", new BigDecimal("0.00"));
            ArrayNode members = probe.putArray("municipalityIstatCodes");
            membersByCommunity.getOrDefault(community, List.of()).forEach(members::add);
            while (true) {
                Reply reply = gateway.post("/api/v1/allocations", probe, null);
                if (reply.status() == 422 && onlyFieldErrors(reply, "fundingLineCode")) {
                    break;
                }
                if (reply.status() != 422 || Instant.now().isAfter(giveUp)) {
                    summary.refuse("replica-check", community, "funding-service does not confirm the territory register: "
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

    // --- deployment-service -----------------------------------------------------------------

    private void loadDeployment() throws IOException {
        JsonNode deployment = read("deployment.json");
        JsonNode broadband = deployment.path("broadband");
        loadBroadband(broadband);
        loadCart(deployment.path("cart"));
        loadPaas(deployment.path("paas"));
        loadOtherFacts(deployment);
    }

    private void loadBroadband(JsonNode broadband) {
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
            upsert("community-broadband", community, "/api/v1/community-broadband/" + community, body);
        }
        Map<String, String> expectedCommunity = new LinkedHashMap<>();
        Map<String, ObjectNode> bodies = new LinkedHashMap<>();
        for (JsonNode coverage : broadband.path("citizenCoverage")) {
            String name = coverage.path("municipality").asText();
            String istat = istatOf(name);
            ObjectNode body = obj();
            JsonNode pa = find(broadband.path("paConnections"),
                    c -> name.equals(c.path("entity").asText()) && "MUNICIPALITY".equals(c.path("entityType").asText()));
            String notes = null;
            if (pa != null) {
                body.set("paConnection", paConnection(pa.path("connection")));
                body.set("fibreRtrt3", fibre(pa.path("fibreRtrt3")));
                notes = joinNonNull(notes, text(pa, "note"));
            }
            body.put("coverage", text(coverage, "status"));
            putInt(body, "coverageTargetYear", coverage.path("targetYear"));
            putInt(body, "digitalDivideLevel", coverage.path("digitalDivideLevel"));
            body.set("zonesServed", coverage.path("zonesServed").isArray() ? coverage.path("zonesServed").deepCopy() : json.createArrayNode());
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
            expectedCommunity.put(istat, coverage.path("communityCode").asText());
            bodies.put(istat, body);
        }
        // The community of a municipality's facts is resolved from deployment-service's replica of
        // the territory register: re-write (an idempotent upsert) until every one resolves, so the
        // PAAS points that follow land in the right community too.
        Instant giveUp = Instant.now().plus(REPLICA_WAIT);
        GatewayClient.Backoff backoff = new GatewayClient.Backoff();
        Map<String, ObjectNode> pending = new LinkedHashMap<>(bodies);
        boolean first = true;
        while (!pending.isEmpty()) {
            for (Iterator<Map.Entry<String, ObjectNode>> it = pending.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, ObjectNode> entry = it.next();
                String istat = entry.getKey();
                Reply reply = first ? upsertReply("broadband", istat, "/api/v1/broadband/" + istat, entry.getValue())
                        : gateway.put("/api/v1/broadband/" + istat, entry.getValue());
                if (!reply.ok() && !(reply.status() == 422 && isUnknownReference(reply))) {
                    if (!first) {
                        summary.refuse("broadband", istat, reply.problem());
                    }
                    it.remove();
                } else if (reply.ok() && expectedCommunity.get(istat).equals(reply.body().path("communityCode").asText())) {
                    it.remove();
                }
            }
            first = false;
            if (!pending.isEmpty()) {
                if (Instant.now().isAfter(giveUp)) {
                    pending.keySet().forEach(istat -> summary.refuse("broadband", istat,
                            "deployment-service did not resolve the municipality to " + expectedCommunity.get(istat)
                                    + " within " + REPLICA_WAIT.toSeconds() + "s"));
                    break;
                }
                backoff.pause();
            }
        }
    }

    private ObjectNode paConnection(JsonNode connection) {
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

    private ObjectNode fibre(JsonNode fibre) {
        if (!fibre.isObject()) {
            return null;
        }
        ObjectNode node = obj().put("status", text(fibre, "status"));
        putInt(node, "year", fibre.path("year"));
        return node.put("note", text(fibre, "note"));
    }

    private void loadCart(JsonNode cart) {
        JsonNode nal = cart.path("nal");
        Map<String, List<JsonNode>> usersByHost = new LinkedHashMap<>();
        Map<String, JsonNode> externalHosts = new LinkedHashMap<>();
        for (JsonNode entity : nal) {
            JsonNode host = entity.path("usesNalOf");
            if (host.isObject()) {
                usersByHost.computeIfAbsent(host.path("name").asText(), k -> new ArrayList<>()).add(entity);
                boolean hostedHere = find(nal, e -> e.path("hostsNal").asBoolean()
                        && e.path("entity").asText().equals(host.path("name").asText())) != null;
                if (!hostedHere) {
                    externalHosts.putIfAbsent(host.path("name").asText(), entity);
                }
            }
        }
        for (JsonNode host : nal) {
            if (!host.path("hostsNal").asBoolean()) {
                continue;
            }
            String name = host.path("entity").asText();
            List<JsonNode> users = usersByHost.getOrDefault(name, List.of());
            ObjectNode body = entityRef(obj(), host, "MUNICIPALITY".equals(text(host, "entityType")));
            body.put("hostEntity", name).put("hostEntityType", text(host, "entityType"));
            ArrayNode userNames = body.putArray("userEntities");
            users.forEach(u -> userNames.add(u.path("entity").asText()));
            boolean uncertain = host.path("uncertain").asBoolean() || users.stream().anyMatch(u -> u.path("uncertain").asBoolean());
            String notes = text(host, "note");
            for (JsonNode u : users) {
                if (u.path("uncertain").asBoolean() && text(u, "note") != null && (notes == null || !notes.contains(text(u, "note")))) {
                    notes = joinNonNull(notes, text(u, "note"));
                }
            }
            body.put("status", "ACTIVE").put("uncertain", uncertain).put("notes", limit(notes, 4000));
            body.set("source", reference(host.path("source")));
            create("nal-node", "nal-node:" + host.path("communityCode").asText() + ":" + name, "/api/v1/nal-nodes", body, r -> false);
        }
        for (Map.Entry<String, JsonNode> external : externalHosts.entrySet()) {
            String name = external.getKey();
            JsonNode any = external.getValue();
            String community = any.path("communityCode").asText();
            List<JsonNode> users = usersByHost.get(name);
            ObjectNode body = obj().put("communityCode", community).put("hostEntity", name)
                    .put("hostEntityType", any.path("usesNalOf").path("type").asText());
            ArrayNode userNames = body.putArray("userEntities");
            users.forEach(u -> userNames.add(u.path("entity").asText()));
            body.put("status", "ACTIVE").put("uncertain", users.stream().anyMatch(u -> u.path("uncertain").asBoolean()))
                    .put("notes", "Hosted outside the community; recorded because entities of " + communityNames.get(community)
                            + " use it.");
            body.set("source", reference(any.path("source")));
            create("nal-node", "nal-node:" + community + ":" + name, "/api/v1/nal-nodes", body, r -> false);
        }
        for (JsonNode entity : cart.path("interpro")) {
            String community = entity.path("communityCode").asText();
            String name = entity.path("entity").asText();
            ObjectNode body = entityRef(obj(), entity, "MUNICIPALITY".equals(text(entity, "entityType")));
            body.put("entity", name).put("entityType", text(entity, "entityType")).put("status", text(entity, "status"));
            String notes = text(entity, "printed") == null ? null : "Printed: " + text(entity, "printed");
            // A message count printed for several entities together goes on the first one named, with a note.
            JsonNode messages = find(cart.path("interproMessages"), m -> community.equals(m.path("communityCode").asText())
                    && m.path("entities").path(0).asText().equals(name));
            if (messages != null) {
                body.put("messagesExchanged", messages.path("messagesExchanged").asLong()).put("messagesPeriod", text(messages, "period"));
                notes = joinNonNull(notes, text(messages, "note"));
            }
            body.put("notes", limit(notes, 4000));
            body.set("source", reference(entity.path("source")));
            create("interpro-status", "interpro:" + community + ":" + name, "/api/v1/interpro-statuses", body, r -> false);
        }
    }

    private void loadPaas(JsonNode paas) {
        JsonNode period = paas.path("usageReportPeriod");
        String periodStart = text(period, "start");
        String periodEnd = text(period, "end");
        for (JsonNode row : paas.path("points")) {
            String municipality = row.path("municipality").asText();
            String istat = istatOf(municipality);
            String community = row.path("communityCode").asText();
            JsonNode points = row.path("points");
            String usagePointId = null;
            int openIndex = -1;
            for (int i = 0; i < points.size(); i++) {
                if ("OPEN".equals(points.path(i).path("status").asText())) {
                    openIndex = i;
                    break;
                }
            }
            for (int i = 0; i < points.size(); i++) {
                JsonNode point = points.path(i);
                String status = point.path("status").asText();
                String closureReason = null;
                if (status.startsWith("CLOSED_")) {
                    closureReason = status.substring("CLOSED_".length());
                    status = "CLOSED";
                }
                String siteType = text(point, "siteType");
                if (siteType != null && !List.of("LIBRARY", "YOUTH_CENTRE", "TOWN_HALL", "ASSOCIATION_SEAT").contains(siteType)) {
                    siteType = "OTHER";
                }
                ObjectNode body = obj().put("istatCode", istat)
                        .put("name", Objects.requireNonNullElse(text(point, "name"),
                                "PAAS " + municipality + (points.size() > 1 ? " " + (i + 1) : "")))
                        .put("siteType", siteType).put("siteDescription", text(row, "siteTypesPrinted"));
                if (i == 0) {
                    putInt(body, "associationCount", row.path("associationsInvolved"));
                }
                body.put("status", status).put("closureReason", closureReason).put("statusSince", periodEnd);
                String notes = joinNonNull("Status printed: " + text(row, "statusPrinted"), text(row, "note"));
                if (points.size() > 1) {
                    notes = joinNonNull(notes, "One of " + points.size() + " points in " + municipality
                            + "; the booklet prints one status line and one users/accesses figure for them all.");
                }
                body.put("notes", limit(notes, 4000));
                body.set("source", reference(row.path("source")));
                Reply reply = create("paas-point", "paas-point:" + istat + ":" + (i + 1), "/api/v1/paas-points", body, r -> false);
                if (reply != null && reply.ok()) {
                    String resolved = reply.body().path("communityCode").asText(null);
                    if (!community.equals(resolved)) {
                        summary.refuse("paas-point-community", istat + ":" + (i + 1), "deployment-service recorded community "
                                + resolved + " instead of " + community);
                    }
                    if (i == openIndex) {
                        usagePointId = reply.body().path("id").asText();
                    }
                }
            }
            if (row.path("registeredUsers").isNumber() && usagePointId != null) {
                ObjectNode report = obj().put("periodStart", periodStart).put("periodEnd", periodEnd)
                        .put("registeredUsers", row.path("registeredUsers").asLong()).put("accesses", row.path("accesses").asLong())
                        .put("partial", row.path("partial").asBoolean()).put("correction", false);
                String notes = joinNonNull(text(row, "partialNote"), text(period, "note"));
                if (points.size() > 1) {
                    notes = joinNonNull("Figures printed for all " + points.size() + " points of " + municipality
                            + " together; reported on the first open one.", notes);
                }
                report.put("notes", limit(notes, 4000));
                report.set("source", reference(row.path("source")));
                create("paas-usage-report", "paas-usage:" + istat + ":" + periodEnd, "/api/v1/paas-points/" + usagePointId
                        + "/usage-reports", report, r -> r.status() == 409);
            } else if (row.path("registeredUsers").isNumber()) {
                summary.refuse("paas-usage-report", istat, "no open PAAS point to report " + row.path("registeredUsers")
                        + " users on");
            }
        }
    }

    private void loadOtherFacts(JsonNode deployment) {
        for (JsonNode t : deployment.path("telecentres")) {
            String community = t.path("communityCode").asText();
            ObjectNode first = obj().put("communityCode", community).put("phase", text(t, "phase")).put("status", text(t, "status"))
                    .put("managedBy", text(t, "managedBy"));
            first.put("regionalFunding", money(t.path("regionalFunding"))).put("totalProjectCost", money(t.path("totalProjectCost")));
            first.put("notes", limit(joinNonNull(joinNonNull(text(t, "totalProjectCostNote") == null ? null
                    : "Total project cost: " + text(t, "totalProjectCostNote"), text(t, "availableTo") == null ? null
                            : "Available to " + text(t, "availableTo")), text(t, "note")), 4000));
            first.set("source", reference(t.path("source")));
            create("telecentre", "telecentre:" + community + ":" + text(t, "phase"), "/api/v1/telecentres", first, r -> false);
            JsonNode second = t.path("phaseII");
            if (second.isObject()) {
                ObjectNode body = obj().put("communityCode", community).put("phase", "II")
                        .put("status", Objects.requireNonNullElse(text(second, "status"), "PLANNED"))
                        .put("location", text(second, "location")).put("managedBy", text(t, "managedBy"));
                putInt(body, "workstations", second.path("workstationsUsers"));
                putInt(body, "teacherWorkstations", second.path("workstationsTeachers"));
                putInt(body, "jobsTarget", second.path("jobsTarget"));
                body.put("regionalFunding", money(second.path("regionalFunding")))
                        .put("completionTarget", text(second, "completionTarget"));
                String notes = text(second, "status") == null ? "Status not printed; recorded as PLANNED (completion target "
                        + text(second, "completionTarget") + ")." : null;
                if (second.path("regionalFundingApproximate").asBoolean()) {
                    notes = joinNonNull(notes, "Regional funding printed as approximate (\"circa\").");
                }
                notes = joinNonNull(notes, text(second, "jobsNote"));
                notes = joinNonNull(notes, text(second, "equipment"));
                body.put("notes", limit(notes, 4000));
                body.set("source", reference(t.path("source")));
                create("telecentre", "telecentre:" + community + ":II", "/api/v1/telecentres", body, r -> false);
            }
        }
        for (JsonNode v : deployment.path("voip")) {
            String community = v.path("communityCode").asText();
            ObjectNode body = obj().put("communityCode", community).put("entity", "Comunità Montana " + communityNames.get(community))
                    .put("status", Objects.requireNonNullElse(text(v, "status"), "IN_PROGRESS"));
            putInt(body, "switchboards", v.path("switchboards"));
            putInt(body, "terminals", v.path("terminals"));
            body.put("terminalsApproximate", v.path("terminalsApproximate").asBoolean()).put("phase", text(v, "phase"));
            body.put("notes", limit(joinNonNull("Printed: " + text(v, "printed"), text(v, "status") == null
                    ? "Status not printed; recorded as IN_PROGRESS (pre-financed with a 40% advance)." : null), 4000));
            body.set("source", reference(v.path("source")));
            create("voip-installation", "voip:" + community, "/api/v1/voip-installations", body, r -> false);
        }
        for (JsonNode f : deployment.path("foregov")) {
            String community = f.path("communityCode").asText();
            for (JsonNode joined : f.path("joinedFirstPhase")) {
                String entity = joined.asText();
                boolean isCommunity = !istatByName.containsKey(entity);
                ObjectNode body = obj().put("communityCode", community).put("istatCode", isCommunity ? null : istatOf(entity))
                        .put("entity", entity).put("status", "JOINED");
                String notes = null;
                if (isCommunity) {
                    putInt(body, "managers", f.path("firstPhaseManagers"));
                    putInt(body, "employees", f.path("firstPhaseEmployees"));
                    notes = "Managers and employees are the first phase's figures for all joined entities together.";
                }
                body.put("notes", limit(joinNonNull(notes, text(f, "note")), 4000));
                body.set("source", reference(f.path("source")));
                create("fore-gov-adhesion", "fore-gov:" + community + ":JOINED:" + entity, "/api/v1/fore-gov-adhesions", body, r -> false);
            }
            for (JsonNode expected : f.path("expectedAdhesion")) {
                String entity = expected.path("municipality").asText();
                ObjectNode body = obj().put("communityCode", community).put("istatCode", istatOf(entity)).put("entity", entity)
                        .put("status", "EXPECTED");
                putInt(body, "employees", expected.path("employees"));
                body.put("notes", limit(text(f, "note"), 4000));
                body.set("source", reference(f.path("source")));
                create("fore-gov-adhesion", "fore-gov:" + community + ":EXPECTED:" + entity, "/api/v1/fore-gov-adhesions", body,
                        r -> false);
            }
        }
        for (JsonNode j : deployment.path("justice")) {
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
            body.set("source", reference(j.path("source")));
            create("justice-office", "justice:" + community + ":" + text(j, "office"), "/api/v1/justice-offices", body, r -> false);
        }
    }

    // --- writing ----------------------------------------------------------------------------

    /** PUT by natural key, skipped when the service already holds these values. */
    private void upsert(String kind, String id, String path, ObjectNode body) {
        upsertReply(kind, id, path, body);
    }

    private Reply upsertReply(String kind, String id, String path, ObjectNode body) {
        Reply current = gateway.get(path);
        if (current.status() == 200 && holds(current.body(), body)) {
            summary.record(kind, Outcome.UNCHANGED);
            return current;
        }
        Reply reply = gateway.put(path, body);
        if (reply.status() == 201) {
            summary.record(kind, Outcome.CREATED);
        } else if (reply.ok()) {
            summary.record(kind, Outcome.UPDATED);
        } else if (!(reply.status() == 422 && isUnknownReference(reply) && "broadband".equals(kind))) {
            summary.refuse(kind, id, reply.problem());
        }
        return reply;
    }

    /**
     * POST with {@code Idempotency-Key: refdata:v1:<id>}. A 422 "Unknown reference" (the service's
     * replica of the territory register is behind) is retried under a derived key
     * ({@code …#retry-n}), since the service keeps a refusal for its key; a replayed refusal moves
     * on to the next key at once, so a second run walks the same keys to the same answers.
     */
    private Reply create(String kind, String id, String path, ObjectNode body, Predicate<Reply> alreadyThere) {
        String key = key(id);
        Instant giveUp = Instant.now().plus(REPLICA_WAIT);
        GatewayClient.Backoff backoff = new GatewayClient.Backoff();
        for (int attempt = 0;; attempt++) {
            Reply reply = gateway.post(path, body, attempt == 0 ? key : key + "#retry-" + attempt);
            if (reply.status() == 201 || reply.status() == 200) {
                summary.record(kind, reply.replayed() ? Outcome.UNCHANGED : Outcome.CREATED);
                return reply;
            }
            if (alreadyThere.test(reply)) {
                summary.record(kind, Outcome.UNCHANGED);
                return reply;
            }
            if (reply.status() == 422 && isUnknownReference(reply) && Instant.now().isBefore(giveUp)) {
                if (!reply.replayed()) {
                    backoff.pause();
                }
                continue;
            }
            summary.refuse(kind, id, reply.problem());
            return reply;
        }
    }

    /** {@code refdata:v1:<id>} in the characters a header allows: "Corte d’appello" becomes "corte-d-appello". */
    static String key(String id) {
        String ascii = Normalizer.normalize(id, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return KEY_PREFIX + ascii.replaceAll("[^a-z0-9:._#-]+", "-").replaceAll("(^-|-$)", "");
    }

    private static boolean isUnknownReference(Reply reply) {
        return "Unknown reference".equals(reply.body().path("title").asText());
    }

    /** Whether {@code current} (a resource as served) already has every value of {@code wanted}. */
    static boolean holds(JsonNode current, JsonNode wanted) {
        if (wanted == null || wanted.isNull() || wanted.isMissingNode()) {
            return current == null || current.isNull() || current.isMissingNode()
                    || (current.isArray() && current.isEmpty());
        }
        if (current == null || current.isMissingNode() || current.isNull()) {
            return wanted.isArray() && wanted.isEmpty();
        }
        if (wanted.isNumber() && current.isNumber()) {
            return wanted.decimalValue().compareTo(current.decimalValue()) == 0;
        }
        if (wanted.isObject()) {
            if (!current.isObject()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = wanted.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!holds(current.get(field.getKey()), field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (wanted.isArray()) {
            if (!current.isArray() || current.size() != wanted.size()) {
                return false;
            }
            for (int i = 0; i < wanted.size(); i++) {
                if (!holds(current.get(i), wanted.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return wanted.asText().equals(current.asText()) && wanted.isValueNode() && current.isValueNode();
    }

    // --- dataset helpers ----------------------------------------------------------------------

    private JsonNode read(String file) throws IOException {
        return json.readTree(Files.readAllBytes(dataset.resolve(file)));
    }

    private String istatOf(String municipality) {
        String istat = istatByName.get(municipality);
        if (istat == null) {
            throw new IllegalStateException("reference-data names a municipality not in municipalities.json: " + municipality);
        }
        return istat;
    }

    /** communityCode, and the municipality's ISTAT code when the entity is one. */
    private ObjectNode entityRef(ObjectNode body, JsonNode entity, boolean municipality) {
        body.put("communityCode", entity.path("communityCode").asText());
        if (municipality) {
            body.put("istatCode", istatOf(entity.path("entity").asText()));
        }
        return body;
    }

    private ObjectNode obj() {
        return json.createObjectNode();
    }

    /** A funding-service {@code Source}: document, location, lines and the other documents printing it. */
    static ObjectNode source(JsonNode source) {
        if (!source.isObject()) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("document", text(source, "document")).put("location", limit(text(source, "location"), 500))
                .put("lines", limit(text(source, "lines"), 200));
        if (source.path("alsoIn").isArray()) {
            node.set("alsoIn", source.path("alsoIn").deepCopy());
        }
        return node;
    }

    /** deployment-service keeps document and location. */
    private ObjectNode reference(JsonNode source) {
        if (!source.isObject()) {
            return null;
        }
        String location = text(source, "location");
        if (text(source, "lines") != null) {
            location = location + ", lines " + text(source, "lines");
        }
        return obj().put("document", text(source, "document")).put("location", location);
    }

    /** Money with exactly two decimals; a value with more would be a dataset error and fails loudly. */
    static BigDecimal money(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new IllegalStateException("not an amount: " + value);
        }
        return value.decimalValue().setScale(2, RoundingMode.UNNECESSARY);
    }

    private static void putInt(ObjectNode body, String field, JsonNode value) {
        if (value.isNumber()) {
            body.put(field, value.asLong());
        } else {
            body.putNull(field);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static String notes(JsonNode notes) {
        if (notes.isArray()) {
            List<String> lines = new ArrayList<>();
            notes.forEach(n -> lines.add(n.asText()));
            return lines.isEmpty() ? null : limit(String.join("\n", lines), 4000);
        }
        return notes.isTextual() ? limit(notes.asText(), 4000) : null;
    }

    static String joinNonNull(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "\n" + b;
    }

    static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode item : array) {
            if (test.test(item)) {
                return item;
            }
        }
        return null;
    }
}
