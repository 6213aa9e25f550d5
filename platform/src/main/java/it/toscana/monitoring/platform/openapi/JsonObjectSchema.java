package it.toscana.monitoring.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Jackson's {@code JsonNode} (merge-patch bodies, stored states) would leak into the contract as a
 * library type with its node-type enum; it is a plain JSON object, named {@value #NAME}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class JsonObjectSchema implements OASFilter {

    static final String NAME = "JsonObject";
    private static final String REFS = "#/components/schemas/";
    private static final List<String> LEAKED = List.of("JsonNode", "JsonNodeType", "ObjectNode");

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null && LEAKED.contains(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1))) {
            schema.setRef(REFS + NAME);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || LEAKED.stream().noneMatch(openAPI.getComponents().getSchemas()::containsKey)) {
            return;
        }
        LEAKED.forEach(openAPI.getComponents()::removeSchema);
        openAPI.getComponents().addSchema(NAME, OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .additionalPropertiesBoolean(Boolean.TRUE)
                .description("A JSON object. As a PATCH body: an RFC 7396 merge patch of the resource's fields (a field "
                        + "set to null is removed, a field left out is kept). In a version history: the state as it was stored."));
    }
}
