package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.ReferenceDataLoader.joinNonNull;
import static it.toscana.monitoring.refdata.ReferenceDataLoader.limit;
import static it.toscana.monitoring.refdata.ReferenceDataLoader.money;
import static it.toscana.monitoring.refdata.ReferenceDataLoader.source;
import static it.toscana.monitoring.refdata.ReferenceDataLoader.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The booklets' Scheda headline figures ({@code declared-totals.json} {@code schedaHeadlines}) as
 * declared totals of scope SCHEDA, labelled with the page's printed title, which tells a page's
 * headlines apart (Media Valle del Serchio's Scheda 6 prints two). Each is a PUT under an id derived
 * from community and label, the key funding-service keeps them unique by.
 */
final class SchedaHeadlineLoader {

    static final String KIND = "scheda-headline";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final int LABEL_MAX = 200;

    private final Upsert writes;

    SchedaHeadlineLoader(Upsert writes) {
        this.writes = writes;
    }

    void load(JsonNode declaredTotals) {
        for (JsonNode community : declaredTotals.path("communities")) {
            String code = community.path("communityCode").asText();
            for (JsonNode headline : community.path("schedaHeadlines")) {
                String natural = "declared-total:" + code + ":SCHEDA:" + label(headline);
                writes.upsert(KIND, natural, ReferenceDataLoader.declaredTotalPath(natural), headline(code, headline));
            }
        }
    }

    static ObjectNode headline(String community, JsonNode headline) {
        ObjectNode body = NODES.objectNode().put("communityCode", community).put("scope", "SCHEDA")
                .put("label", label(headline)).putNull("fundingLineCode");
        body.put("amount", money(headline.path("amount")));
        body.set("source", source(headline.path("source")));
        String approximate = headline.path("approximate").asBoolean() ? "Printed as an approximate figure." : null;
        body.put("note", limit(joinNonNull(text(headline, "note"), approximate), 4000));
        return body;
    }

    private static String label(JsonNode headline) {
        return limit(text(headline, "title"), LABEL_MAX);
    }
}
