package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.money;
import static it.toscana.monitoring.refdata.Fields.source;
import static it.toscana.monitoring.refdata.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.client.model.DeclaredTotalRequest;
import it.toscana.monitoring.client.model.DeclaredTotalScope;

/**
 * The booklets' Scheda headline figures ({@code declared-totals.json} {@code schedaHeadlines}) as
 * declared totals of scope SCHEDA, labelled with the page's printed title, which tells a page's
 * headlines apart (Media Valle del Serchio's Scheda 6 prints two). Each is a PUT under an id derived
 * from community and label, the key funding-service keeps them unique by, dated by its booklet.
 */
final class SchedaHeadlineLoader {

    static final String KIND = "scheda-headline";
    private static final int LABEL_MAX = 200;

    private final Upsert writes;
    private final DocumentDates dates;

    SchedaHeadlineLoader(Upsert writes, DocumentDates dates) {
        this.writes = writes;
        this.dates = dates;
    }

    void load(JsonNode declaredTotals) {
        for (JsonNode community : declaredTotals.path("communities")) {
            String code = community.path("communityCode").asText();
            for (JsonNode headline : community.path("schedaHeadlines")) {
                String natural = "declared-total:" + code + ":SCHEDA:" + label(headline);
                writes.upsert(KIND, natural, DeclaredTotalLoader.declaredTotalPath(natural),
                        DeclaredTotalLoader.dated(headline(code, headline), dates, headline.path("source")));
            }
        }
    }

    static DeclaredTotalRequest headline(String community, JsonNode headline) {
        String approximate = headline.path("approximate").asBoolean() ? "Printed as an approximate figure." : null;
        return new DeclaredTotalRequest().communityCode(community).scope(DeclaredTotalScope.SCHEDA).label(label(headline))
                .amount(money(headline.path("amount"))).source(source(headline.path("source")))
                .note(limit(joinNonNull(text(headline, "note"), approximate), 4000));
    }

    private static String label(JsonNode headline) {
        return limit(text(headline, "title"), LABEL_MAX);
    }
}
