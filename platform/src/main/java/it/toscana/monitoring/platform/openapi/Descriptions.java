package it.toscana.monitoring.platform.openapi;

import java.util.Properties;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Descriptions said once for every service: what a parameter or a field name means wherever an annotation
 * does not say it ({@code openapi/parameters.properties}, {@code openapi/properties.properties}), and how the
 * plain reads behave (a page, one resource). An annotation's own description always wins. At startup, so after
 * every build-time filter has added its schemas and operations.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class Descriptions implements OASFilter {

    private static final Properties PARAMETERS = Glossary.load("openapi/parameters.properties");
    private static final Properties PROPERTIES = Glossary.load("openapi/properties.properties");

    static final String PAGE_READ = "A page of the collection as {items, page, size, total}, with Link headers to the next "
            + "and previous pages (?page=, ?size= up to 500, ?sort=field,-other); Accept: text/csv answers the same "
            + "items as CSV; ?fields= keeps only the fields named.";
    static final String SINGLE_READ = "Answers JSON; where the fields parameter is listed, ?fields= keeps only the fields named.";

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getRef() == null && isBlank(parameter.getDescription()) && parameter.getName() != null) {
            parameter.setDescription(PARAMETERS.getProperty(parameter.getName()));
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(schema -> {
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((name, property) -> {
                        if (isBlank(property.getDescription()) && PROPERTIES.containsKey(name)) {
                            property.setDescription(PROPERTIES.getProperty(name));
                        }
                    });
                }
            });
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> describeRead(item.getGET()));
        }
    }

    private static void describeRead(Operation read) {
        if (read == null || !isBlank(read.getDescription()) || read.getResponses() == null) {
            return;
        }
        APIResponse ok = read.getResponses().getAPIResponse("200");
        boolean csv = ok != null && ok.getContent() != null && ok.getContent().hasMediaType("text/csv");
        read.setDescription(csv ? PAGE_READ : SINGLE_READ);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
