package it.toscana.monitoring.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import it.toscana.monitoring.platform.rest.FieldSelection;
import it.toscana.monitoring.platform.rest.FieldSelectionFilter;

/**
 * Declares {@code ?fields=} once ({@code #/components/parameters/fields}) and refers to it from every read
 * that {@link FieldSelectionFilter} prunes: a GET whose 200 answers a named JSON schema (a page or a record).
 * At startup, so after every build-time filter has named the responses' schemas (e.g. deployment's FactNamesFilter).
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class FieldSelectionParameter implements OASFilter {

    private static final String REF = "#/components/parameters/" + FieldSelection.PARAMETER;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Components components = OpenApiDocuments.components(openAPI);
        boolean used = false;
        for (var item : openAPI.getPaths().getPathItems().values()) {
            Operation read = item.getGET();
            if (read != null && answersANamedSchema(read)) {
                read.addParameter(OASFactory.createParameter().ref(REF));
                used = true;
            }
        }
        if (used) {
            components.addParameter(FieldSelection.PARAMETER, OASFactory.createParameter()
                    .name(FieldSelection.PARAMETER).in(Parameter.In.QUERY).required(false)
                    .description("Only these fields, comma-separated, dotted for nested ones (code,name,money.assigned); "
                            + "for a collection, the fields of each item; CSV gets the same columns. A field the answer "
                            + "does not have is a 400 naming it.")
                    .example("code,name,money.assigned")
                    .schema(OASFactory.createSchema().type(List.of(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING))
                            .pattern("^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*(,[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*)*$")));
        }
    }

    private static boolean answersANamedSchema(Operation read) {
        APIResponse ok = read.getResponses() == null ? null : read.getResponses().getAPIResponse("200");
        MediaType json = ok == null || ok.getContent() == null ? null
                : ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        return json != null && json.getSchema() != null && json.getSchema().getRef() != null;
    }
}
