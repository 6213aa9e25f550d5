package it.toscana.monitoring.platform.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A field whose schema is a reference (an enum, a date) says its type once, in the schema referred to. SmallRye
 * also copies the type beside the {@code $ref}, which client generators drop with a warning per field.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RefsWithoutType implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }
}
