package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.notes;
import static it.toscana.monitoring.refdata.Fields.obj;
import static it.toscana.monitoring.refdata.Fields.text;

import java.io.IOException;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Communities, municipalities and memberships into territory-service. */
final class TerritoryLoader {

    /** The seeds print no membership dates; memberships start with the 2007-2010 programme. */
    static final String DEFAULT_MEMBERSHIP_FROM = "2007-01-01";

    private final Dataset dataset;
    private final RecordWriter writer;

    TerritoryLoader(Dataset dataset, RecordWriter writer) {
        this.dataset = dataset;
        this.writer = writer;
    }

    void load() throws IOException {
        for (JsonNode c : dataset.read("communities.json")) {
            String code = c.path("code").asText();
            ObjectNode body = obj().put("code", code).put("name", text(c, "name")).put("kind", text(c, "kind"));
            body.set("provinces", c.path("provinces").deepCopy());
            body.put("legalBasis", text(c, "legalBasis")).put("homogeneousZone", text(c, "homogeneousZone"))
                    .put("notes", notes(c.path("notes")));
            writer.upsert("community", code, "/api/v1/communities/" + code, body);
        }
        JsonNode municipalities = dataset.read("municipalities.json");
        for (JsonNode m : municipalities) {
            String istat = m.path("istatCode").asText();
            ObjectNode body = obj().put("istatCode", istat).put("name", text(m, "name")).put("province", text(m, "province"));
            JsonNode population = m.path("population");
            if (population.isObject()) {
                body.put("population", population.path("value").asInt()).put("populationDate",
                        text(population, "referenceDate"));
            }
            writer.upsert("municipality", istat, "/api/v1/municipalities/" + istat, body);
        }
        for (JsonNode m : municipalities) {
            String istat = m.path("istatCode").asText();
            String community = m.path("communityCode").asText();
            JsonNode membership = m.path("membership");
            ObjectNode body = obj().put("istatCode", istat).put("communityCode", community)
                    .put("validFrom", Objects.requireNonNullElse(text(membership, "validFrom"), DEFAULT_MEMBERSHIP_FROM))
                    .put("validTo", text(membership, "validTo"));
            writer.create("membership", "membership:" + istat + ":" + community, "/api/v1/memberships", body,
                    reply -> reply.status() == 409);
        }
    }
}
