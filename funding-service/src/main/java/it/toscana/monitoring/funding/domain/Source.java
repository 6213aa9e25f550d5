package it.toscana.monitoring.funding.domain;

import java.util.List;

import it.toscana.monitoring.events.SourceReference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where a figure is printed: document, table or page, optionally its lines and other documents printing it too. */
public record Source(
        @NotBlank @Size(max = 300) String document,
        @Size(max = 500) String location,
        @Size(max = 200) String lines,
        List<@Size(max = 300) String> alsoIn) {

    public SourceReference toReference() {
        return new SourceReference(document, location);
    }

    public static SourceReference referenceOf(Source source) {
        return source == null ? null : source.toReference();
    }
}
