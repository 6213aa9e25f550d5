package it.toscana.monitoring.refdata;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.client.model.DateSource;

/**
 * Business dates from {@code documents.json}: a fact the seeds print without a date of its own is
 * dated by the document that reports it, and says so ({@code DOCUMENT_DATE}); a date printed with
 * the fact is sent as {@code STATED}. A document without a date dates nothing: asking for it fails.
 */
final class DocumentDates {

    /** A business date and where it comes from. */
    record Dated(LocalDate on, DateSource source) {
    }

    private final Map<String, String> dateByDocument = new LinkedHashMap<>();

    DocumentDates(JsonNode documents) {
        for (JsonNode d : documents.path("documents")) {
            dateByDocument.put(d.path("document").asText(), Fields.text(d, "date"));
        }
    }

    /** The date of the document a dataset {@code source} names. */
    LocalDate dateOf(JsonNode source) {
        String document = Fields.text(source, "document");
        String date = dateByDocument.get(document);
        if (date == null) {
            throw new IllegalStateException("documents.json gives no date for " + document
                    + ": a fact it reports cannot be dated by it");
        }
        return LocalDate.parse(date);
    }

    /** The document's date, as DOCUMENT_DATE. */
    Dated documentDate(JsonNode source) {
        return new Dated(dateOf(source), DateSource.DOCUMENT_DATE);
    }

    /** The fact's own {@code field} where the record gives one (with its {@code sourceField}, STATED unless it says), else the document's. */
    Dated date(JsonNode record, String field, String sourceField, JsonNode source) {
        LocalDate own = Fields.date(record, field);
        if (own == null) {
            return documentDate(source);
        }
        String ownSource = Fields.text(record, sourceField);
        return new Dated(own, ownSource == null ? DateSource.STATED : DateSource.fromValue(ownSource));
    }
}
