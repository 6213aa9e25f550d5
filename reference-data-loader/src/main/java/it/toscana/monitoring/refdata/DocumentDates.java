package it.toscana.monitoring.refdata;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Business dates from {@code documents.json}: a fact the seeds print without a date of its own is
 * dated by the document that reports it, and says so ({@code DOCUMENT_DATE}); a date printed with
 * the fact is sent as {@code STATED}. A document without a date dates nothing: asking for it fails.
 */
final class DocumentDates {

    static final String STATED = "STATED";
    static final String DOCUMENT_DATE = "DOCUMENT_DATE";

    private final Map<String, String> dateByDocument = new LinkedHashMap<>();

    DocumentDates(JsonNode documents) {
        for (JsonNode d : documents.path("documents")) {
            dateByDocument.put(d.path("document").asText(), Fields.text(d, "date"));
        }
    }

    /** The ISO date of the document a dataset {@code source} names. */
    String dateOf(JsonNode source) {
        String document = Fields.text(source, "document");
        String date = dateByDocument.get(document);
        if (date == null) {
            throw new IllegalStateException("documents.json gives no date for " + document
                    + ": a fact it reports cannot be dated by it");
        }
        return date;
    }

    /** {@code field} = the document's date and {@code sourceField} = DOCUMENT_DATE. */
    ObjectNode putDocumentDate(ObjectNode body, String field, String sourceField, JsonNode source) {
        return body.put(field, dateOf(source)).put(sourceField, DOCUMENT_DATE);
    }

    /** The fact's own date where the record gives one (with its source, STATED unless it says), else the document's. */
    ObjectNode putDate(ObjectNode body, String field, String sourceField, JsonNode record, JsonNode source) {
        String own = Fields.text(record, field);
        if (own == null) {
            return putDocumentDate(body, field, sourceField, source);
        }
        String ownSource = Fields.text(record, sourceField);
        return body.put(field, own).put(sourceField, ownSource == null ? STATED : ownSource);
    }
}
