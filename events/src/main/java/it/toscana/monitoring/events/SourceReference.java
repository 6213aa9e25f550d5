package it.toscana.monitoring.events;

/** Where a figure comes from, so every number stays traceable: document file name and table or page. */
public record SourceReference(String document, String location) {
}
