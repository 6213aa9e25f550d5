package it.toscana.monitoring.deployment.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import jakarta.ws.rs.Path;

/**
 * Annotations cannot vary by subclass, so {@link FactResource} writes {@code {one}} and
 * {@code {many}}; at build time this puts each subclass's {@link FactNames} in their place, under that
 * subclass's path, gives its operations their ids ({@code listNalNodes}, {@code getNalNode},
 * {@code createNalNode}, {@code replaceNalNode}, {@code updateNalNode}, {@code deleteNalNode}), and
 * types its list and its POST's 201 from what its {@code GET /{id}} answers, which the scanner typed
 * from the subclass's response class ({@code NalNodeResponse}; the list is a {@code NalNodeResponsePage}).
 * The index is the application's, handed over by SmallRye OpenAPI.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FactNamesFilter implements OASFilter {

    private static final DotName FACT_RESOURCE = DotName.createSimple(FactResource.class);

    private final IndexView index;

    public FactNamesFilter(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (ClassInfo resource : index.getAllKnownSubclasses(FACT_RESOURCE)) {
            AnnotationInstance names = resource.declaredAnnotation(FactNames.class);
            AnnotationInstance path = resource.declaredAnnotation(Path.class);
            if (names == null || path == null) {
                throw new IllegalStateException(resource.name() + " needs @Path and @FactNames");
            }
            String collection = path.value().asString();
            openAPI.getPaths().getPathItems().forEach((itemPath, item) -> {
                if (itemPath.equals(collection) || itemPath.startsWith(collection + "/")) {
                    name(item, names.value("one").asString(), names.value("many").asString());
                    identify(item, !itemPath.equals(collection), names.value("idOne").asString(), names.value("idMany").asString());
                }
            });
            typeFromOne(openAPI, collection, openAPI.getComponents());
        }
    }

    private static void name(PathItem item, String one, String many) {
        for (Operation operation : item.getOperations().values()) {
            operation.setSummary(fill(operation.getSummary(), one, many));
            Map.copyOf(operation.getResponses().getAPIResponses()).values()
                    .forEach(response -> response.setDescription(fill(response.getDescription(), one, many)));
        }
    }

    /** The ids cannot be annotations on {@link FactResource}: each subclass would repeat them. */
    private static void identify(PathItem item, boolean oneFact, String idOne, String idMany) {
        item.getOperations().forEach((method, operation) -> operation.setOperationId(switch (method) {
            case GET -> oneFact ? "get" + idOne : "list" + idMany;
            case POST -> "create" + idOne;
            case PUT -> "replace" + idOne;
            case PATCH -> "update" + idOne;
            case DELETE -> "delete" + idOne;
            default -> throw new IllegalStateException("FactResource has no " + method + " operation");
        }));
    }

    private static String fill(String text, String one, String many) {
        return text == null ? null : text.replace("{one}", one).replace("{many}", many);
    }

    /**
     * Types the list as a page of what {@code GET {collection}/{id}} answers (the scanner typed that from
     * the method's {@code RestResponse<R>}), and the POST's 201 as that too (the scanner types only a 200).
     */
    private static void typeFromOne(OpenAPI openAPI, String collection, Components components) {
        Schema one = json(openAPI.getPaths().getPathItem(collection + "/{id}").getGET(), "200").getSchema();
        if (one == null || one.getRef() == null) {
            throw new IllegalStateException("GET " + collection + "/{id} names no response schema");
        }
        PathItem list = openAPI.getPaths().getPathItem(collection);
        json(list.getGET(), "200").setSchema(PagedResponses.pageOf(one, components));
        json(list.getPOST(), "201").setSchema(OASFactory.createSchema().ref(one.getRef()));
    }

    /** The JSON content of an operation's response, added if the scanner gave it none. */
    private static MediaType json(Operation operation, String status) {
        APIResponse response = operation.getResponses().getAPIResponse(status);
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        if (response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON) == null) {
            response.getContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, OASFactory.createMediaType());
        }
        return response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
    }
}
