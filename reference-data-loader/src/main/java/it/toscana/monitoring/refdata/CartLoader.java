package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.find;
import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.reference;
import static it.toscana.monitoring.refdata.Fields.text;
import static it.toscana.monitoring.refdata.Fields.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.client.model.EntityType;
import it.toscana.monitoring.client.model.InterProRequest;
import it.toscana.monitoring.client.model.InterProStatus;
import it.toscana.monitoring.client.model.NalNodeRequest;
import it.toscana.monitoring.client.model.RolloutStatus;
import it.toscana.monitoring.refdata.DocumentDates.Dated;

/**
 * CART into deployment-service: one NAL node per hosting entity with the entities that use it (hosts
 * outside the community recorded where their users are), and each entity's InterPro status, all dated
 * by the booklet.
 */
final class CartLoader extends SectionLoader {

    private static final String NAL_NODES = "/api/v1/nal-nodes";

    CartLoader(Dataset dataset, DocumentDates dates, RecordWriter writer) {
        super(dataset, dates, writer);
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
            boolean uncertain = host.path("uncertain").asBoolean() || users.stream().anyMatch(u -> u.path("uncertain").asBoolean());
            String notes = text(host, "note");
            for (JsonNode u : users) {
                if (u.path("uncertain").asBoolean() && text(u, "note") != null && (notes == null || !notes.contains(text(u, "note")))) {
                    notes = joinNonNull(notes, text(u, "note"));
                }
            }
            NalNodeRequest node = nalNode(host.path("communityCode").asText(), name, value(host, "entityType", EntityType::fromValue),
                    users, host.path("source")).istatCode(istatOf(host)).uncertain(uncertain).notes(limit(notes, 4000));
            writer.createOrReplaceListed("nal-node", "nal-node:" + node.getCommunityCode() + ":" + name, NAL_NODES,
                    community(node.getCommunityCode()), node, "hostEntity");
        }
        for (Map.Entry<String, JsonNode> external : externalHosts.entrySet()) {
            String name = external.getKey();
            JsonNode any = external.getValue();
            String community = any.path("communityCode").asText();
            List<JsonNode> users = usersByHost.get(name);
            NalNodeRequest node = nalNode(community, name, EntityType.fromValue(any.path("usesNalOf").path("type").asText()), users,
                    any.path("source")).uncertain(users.stream().anyMatch(u -> u.path("uncertain").asBoolean()))
                    .notes("Hosted outside the community; recorded because entities of " + dataset.communityName(community)
                            + " use it.");
            writer.createOrReplaceListed("nal-node", "nal-node:" + community + ":" + name, NAL_NODES, community(community),
                    node, "hostEntity");
        }
    }

    /** An active NAL node of {@code host}, used by {@code users}, dated by its booklet. */
    private NalNodeRequest nalNode(String community, String host, EntityType hostType, List<JsonNode> users, JsonNode source) {
        Dated since = dates.documentDate(source);
        return new NalNodeRequest().communityCode(community).hostEntity(host).hostEntityType(hostType)
                .userEntities(users.stream().map(u -> u.path("entity").asText()).toList()).status(RolloutStatus.ACTIVE)
                .source(reference(source)).since(since.on()).sinceSource(since.source());
    }

    private void loadInterPro(JsonNode cart) {
        for (JsonNode entity : cart.path("interpro")) {
            String community = entity.path("communityCode").asText();
            String name = entity.path("entity").asText();
            String notes = text(entity, "printed") == null ? null : "Printed: " + text(entity, "printed");
            Dated since = dates.documentDate(entity.path("source"));
            InterProRequest status = new InterProRequest().communityCode(community).istatCode(istatOf(entity)).entity(name)
                    .entityType(value(entity, "entityType", EntityType::fromValue)).status(value(entity, "status", InterProStatus::fromValue))
                    .source(reference(entity.path("source"))).since(since.on()).sinceSource(since.source());
            // A message count printed for several entities together goes on the first one named, with a note.
            JsonNode messages = find(cart.path("interproMessages"), m -> community.equals(m.path("communityCode").asText())
                    && m.path("entities").path(0).asText().equals(name));
            if (messages != null) {
                status.messagesExchanged(messages.path("messagesExchanged").asLong()).messagesPeriod(text(messages, "period"));
                notes = joinNonNull(notes, text(messages, "note"));
            }
            status.notes(limit(notes, 4000));
            writer.createOrReplaceListed("interpro-status", "interpro:" + community + ":" + name, "/api/v1/interpro-statuses",
                    community(community), status, "entity");
        }
    }

    /** The list filter of a community: where an earlier dataset version's record of it is found. */
    private static String community(String code) {
        return "community=" + code;
    }

    /** The municipality's ISTAT code when the entity is one, else null. */
    private String istatOf(JsonNode entity) {
        return "MUNICIPALITY".equals(text(entity, "entityType")) ? dataset.istatOf(entity.path("entity").asText()) : null;
    }
}
