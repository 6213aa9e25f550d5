package it.toscana.monitoring.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Collections answer a {@link it.toscana.monitoring.platform.rest.Page}; annotations cannot name a
 * generic type, so such a response documents its item schema and carries the extension
 * {@value #EXTENSION}, and this puts a named page around it ({@code CommunityResponsePage}:
 * {@code {items: [item], page, size, total}}), so generated clients get one class per page type.
 * Other media types (CSV) are left as they are.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PagedResponses implements OASFilter {

    /** Use as {@code extensions = @Extension(name = PagedResponses.EXTENSION, value = "true")}. */
    public static final String EXTENSION = "x-page-of-items";

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Components components = OpenApiDocuments.components(openAPI);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> wrap(response, components));
            }
        }));
    }

    private static void wrap(APIResponse response, Components components) {
        if (response.getExtensions() == null || !response.getExtensions().containsKey(EXTENSION)) {
            return;
        }
        response.removeExtension(EXTENSION);
        MediaType json = response.getContent() == null ? null
                : response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json == null || json.getSchema() == null || json.getSchema().getRef() == null) {
            throw new IllegalStateException("A paged response documents its items as a named schema: " + response.getDescription());
        }
        json.setSchema(pageOf(json.getSchema(), components));
    }

    /**
     * Adds the named page around a named item schema ({@code <Item>Page}) to the components and
     * answers a reference to it; for filters that know a response's items only at build time.
     */
    public static Schema pageOf(Schema item, Components components) {
        String pageName = item.getRef().substring(SCHEMAS.length()) + "Page";
        components.addSchema(pageName, page(item));
        return OASFactory.createSchema().ref(SCHEMAS + pageName);
    }

    private static Schema page(Schema item) {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One page of the collection; Link headers name the next and previous pages")
                .required(List.of("items", "page", "size", "total"))
                .addProperty("items", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(item)
                        .description("The items of this page, in the order asked"))
                .addProperty("page", integer("Zero-based page number"))
                .addProperty("size", integer("Items per page"))
                .addProperty("total", integer("Items in the whole collection").format("int64"));
    }

    private static Schema integer(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).description(description);
    }
}
