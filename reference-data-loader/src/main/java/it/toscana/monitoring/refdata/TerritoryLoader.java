package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.date;
import static it.toscana.monitoring.refdata.Fields.notes;
import static it.toscana.monitoring.refdata.Fields.text;
import static it.toscana.monitoring.refdata.Fields.texts;
import static it.toscana.monitoring.refdata.Fields.value;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.client.model.CommunityKind;
import it.toscana.monitoring.client.model.CommunityRequest;
import it.toscana.monitoring.client.model.MembershipRequest;
import it.toscana.monitoring.client.model.MunicipalityRequest;

/** Communities, municipalities and memberships into territory-service. */
final class TerritoryLoader {

    /** The seeds print no membership dates; memberships start with the 2007-2010 programme. */
    static final LocalDate DEFAULT_MEMBERSHIP_FROM = LocalDate.of(2007, 1, 1);

    private final Dataset dataset;
    private final RecordWriter writer;

    TerritoryLoader(Dataset dataset, RecordWriter writer) {
        this.dataset = dataset;
        this.writer = writer;
    }

    void load() throws IOException {
        for (JsonNode c : dataset.read("communities.json")) {
            String code = c.path("code").asText();
            CommunityRequest community = new CommunityRequest().code(code).name(text(c, "name"))
                    .kind(value(c, "kind", CommunityKind::fromValue)).provinces(texts(c.path("provinces")))
                    .legalBasis(text(c, "legalBasis")).homogeneousZone(text(c, "homogeneousZone")).notes(notes(c.path("notes")));
            writer.upsert("community", code, "/api/v1/communities/" + code, community);
        }
        JsonNode municipalities = dataset.read("municipalities.json");
        for (JsonNode m : municipalities) {
            String istat = m.path("istatCode").asText();
            MunicipalityRequest municipality = new MunicipalityRequest().istatCode(istat).name(text(m, "name"))
                    .province(text(m, "province"));
            JsonNode population = m.path("population");
            if (population.isObject()) {
                municipality.population(population.path("value").asInt()).populationDate(date(population, "referenceDate"));
            }
            writer.upsert("municipality", istat, "/api/v1/municipalities/" + istat, municipality);
        }
        for (JsonNode m : municipalities) {
            String istat = m.path("istatCode").asText();
            String community = m.path("communityCode").asText();
            JsonNode membership = m.path("membership");
            MembershipRequest request = new MembershipRequest().istatCode(istat).communityCode(community)
                    .validFrom(Objects.requireNonNullElse(date(membership, "validFrom"), DEFAULT_MEMBERSHIP_FROM))
                    .validTo(date(membership, "validTo"));
            writer.create("membership", "membership:" + istat + ":" + community, "/api/v1/memberships", request,
                    reply -> reply.status() == 409);
        }
    }
}
