package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.find;
import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.obj;
import static it.toscana.monitoring.refdata.Fields.reference;
import static it.toscana.monitoring.refdata.Fields.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CART into deployment-service: one NAL node per hosting entity with the entities that use it (hosts
 * outside the community recorded where their users are), and each entity's InterPro status, all dated
 * by the booklet.
 */
final class CartLoader {

    private static final String NAL_NODES = "/api/v1/nal-nodes";

    private final Dataset dataset;
    private final DocumentDates dates;
    private final RecordWriter writer;

    CartLoader(Dataset dataset, DocumentDates dates, RecordWriter writer) {
        this.dataset = dataset;
        this.dates = dates;
        this.writer = writer;
    }

    void load(JsonNode cart) {
        loadNalNodes(cart.path("nal"));
        loadInterPro(cart);
    }

    private void loadNalNodes(JsonNode nal) {
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
            ObjectNode body = entityRef(host, "MUNICIPALITY".equals(text(host, "entityType")));
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
            dates.putDocumentDate(body, "since", "sinceSource", host.path("source"));
            writer.createOrReplaceListed("nal-node", "nal-node:" + host.path("communityCode").asText() + ":" + name, NAL_NODES,
                    community(body), body, "hostEntity");
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
                    .put("notes", "Hosted outside the community; recorded because entities of " + dataset.communityName(community)
                            + " use it.");
            body.set("source", reference(any.path("source")));
            dates.putDocumentDate(body, "since", "sinceSource", any.path("source"));
            writer.createOrReplaceListed("nal-node", "nal-node:" + community + ":" + name, NAL_NODES, community(body), body,
                    "hostEntity");
        }
    }

    private void loadInterPro(JsonNode cart) {
        for (JsonNode entity : cart.path("interpro")) {
            String community = entity.path("communityCode").asText();
            String name = entity.path("entity").asText();
            ObjectNode body = entityRef(entity, "MUNICIPALITY".equals(text(entity, "entityType")));
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
            dates.putDocumentDate(body, "since", "sinceSource", entity.path("source"));
            writer.createOrReplaceListed("interpro-status", "interpro:" + community + ":" + name, "/api/v1/interpro-statuses",
                    community(body), body, "entity");
        }
    }

    /** The list filter of the body's community: where an earlier dataset version's record of it is found. */
    private static String community(ObjectNode body) {
        return "community=" + body.path("communityCode").asText();
    }

    /** communityCode, and the municipality's ISTAT code when the entity is one. */
    private ObjectNode entityRef(JsonNode entity, boolean municipality) {
        ObjectNode body = obj().put("communityCode", entity.path("communityCode").asText());
        if (municipality) {
            body.put("istatCode", dataset.istatOf(entity.path("entity").asText()));
        }
        return body;
    }
}
