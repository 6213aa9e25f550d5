package it.toscana.monitoring.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * SmallRye gives the java.time schemas a fixed example date of its own (2022-03-10), which is no date of this
 * programme and makes one service's {@code LocalDate} differ from another's, so the merged document had to keep
 * four of each. Dropped: the gateway's examples come from the reference data.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NoPlaceholderExamples implements OASFilter {

    private static final List<Object> PLACEHOLDERS = List.of("2022-03-10", "2022-03-10T16:15:50Z");

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getExamples() != null && PLACEHOLDERS.containsAll(schema.getExamples())) {
            schema.setExamples(null);
        }
        return schema;
    }
}
