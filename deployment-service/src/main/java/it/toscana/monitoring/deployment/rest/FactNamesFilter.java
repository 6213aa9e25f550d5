package it.toscana.monitoring.deployment.rest;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import it.toscana.monitoring.deployment.api.FactResponse;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import jakarta.ws.rs.Path;

/**
 * Annotations cannot vary by subclass, so {@link FactResource} writes {@code {one}} and
 * {@code {many}} and cannot name its response type; at build time this puts each subclass's
 * {@link FactNames} in their place, under that subclass's path, gives its operations their ids
 * ({@code listNalNodes}, {@code getNalNode}, {@code createNalNode}, {@code replaceNalNode},
 * {@code updateNalNode}, {@code deleteNalNode}), and gives responses marked
 * {@value #FACT_RESPONSE} a named schema: {@code TelecentreResponse} is the subclass's request
 * type {@code TelecentreRequest} plus id, version and updatedAt (as {@link FactResponse} serves it),
 * and a page of them is {@code TelecentreResponsePage}. The index is the application's, handed
 * over by SmallRye OpenAPI.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FactNamesFilter implements OASFilter {

    /**
     * Marks a response whose body is a {@link FactResponse}:
     * {@code extensions = @Extension(name = FactNamesFilter.FACT_RESPONSE, value = FactNamesFilter.ONE)},
     * or {@link #PAGE} for a page of them. In a {@link FactResource} the fields are the subclass's
     * request type; elsewhere the response's JSON content names their schema.
     */
    public static final String FACT_RESPONSE = "x-fact-response";
    public static final String ONE = "one";
    public static final String PAGE = "page";

    private static final DotName FACT_RESOURCE = DotName.createSimple(FactResource.class);
    private static final String SCHEMAS = "#/components/schemas/";

    private final IndexView index;

    public FactNamesFilter(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        for (ClassInfo resource : index.getAllKnownSubclasses(FACT_RESOURCE)) {
            AnnotationInstance names = resource.declaredAnnotation(FactNames.class);
            AnnotationInstance path = resource.declaredAnnotation(Path.class);
            if (names == null || path == null) {
                throw new IllegalStateException(resource.name() + " needs @Path and @FactNames");
            }
            String collection = path.value().asString();
            String fields = requestSchema(resource, components);
            openAPI.getPaths().getPathItems().forEach((itemPath, item) -> {
                if (itemPath.equals(collection) || itemPath.startsWith(collection + "/")) {
                    name(item, names.value("one").asString(), names.value("many").asString());
                    identify(item, !itemPath.equals(collection), names.value("idOne").asString(), names.value("idMany").asString());
                    typeFactResponses(item, fields, components);
                }
            });
        }
        // The remaining marked responses belong to resources that name their fields' schema themselves.
        openAPI.getPaths().getPathItems().values().forEach(item -> typeFactResponses(item, null, components));
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

    /** The reference to Q's schema, Q read from the subclass's {@code extends FactResource<E, Q>}. */
    private String requestSchema(ClassInfo resource, Components components) {
        Type superclass = resource.superClassType();
        if (!superclass.name().equals(FACT_RESOURCE) || superclass.kind() != Type.Kind.PARAMETERIZED_TYPE) {
            throw new IllegalStateException(resource.name() + " must extend FactResource<E, Q> directly");
        }
        String name = index.getClassByName(superclass.asParameterizedType().arguments().get(1).name()).simpleName();
        // Q is the POST and PUT body, so the scanner has put its schema there under its simple name.
        if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
            throw new IllegalStateException("No schema " + name + " for the responses of " + resource.name());
        }
        return SCHEMAS + name;
    }

    /** Gives each marked response the fact response of {@code fields} (null: the schema its JSON content names). */
    private static void typeFactResponses(PathItem item, String fields, Components components) {
        for (Operation operation : item.getOperations().values()) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                Object shape = response.getExtensions() == null ? null : response.getExtensions().get(FACT_RESPONSE);
                if (shape == null) {
                    continue;
                }
                if (!ONE.equals(shape) && !PAGE.equals(shape)) {
                    throw new IllegalStateException(FACT_RESPONSE + " is " + ONE + " or " + PAGE + ", not " + shape);
                }
                response.removeExtension(FACT_RESPONSE);
                MediaType json = json(response);
                String ref = fields != null ? fields : json.getSchema() == null ? null : json.getSchema().getRef();
                if (ref == null) {
                    throw new IllegalStateException("A fact response names its fields' schema: " + response.getDescription());
                }
                Schema one = factResponse(ref, components);
                json.setSchema(PAGE.equals(shape) ? PagedResponses.pageOf(one, components) : one);
            }
        }
    }

    private static MediaType json(APIResponse response) {
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        Content content = response.getContent();
        if (content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON) == null) {
            content.addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, OASFactory.createMediaType());
        }
        return content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
    }

    /** Adds {@code XResponse} for {@code XRequest} once, and answers a reference to it. */
    private static Schema factResponse(String fieldsRef, Components components) {
        String name = fieldsRef.substring(SCHEMAS.length()).replaceFirst("Request$", "") + "Response";
        Schema existing = components.getSchemas().get(name);
        if (existing == null) {
            components.addSchema(name, OASFactory.createSchema()
                    .description("As served: id, version (also the ETag) and last change, then the fields the client writes")
                    .addAllOf(OASFactory.createSchema().ref(fieldsRef))
                    .addAllOf(OASFactory.createSchema()
                            .type(List.of(Schema.SchemaType.OBJECT))
                            .required(List.of("id", "version", "updatedAt"))
                            .addProperty("id", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                            .addProperty("version", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int64"))
                            .addProperty("updatedAt", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("date-time"))));
        } else if (existing.getAllOf() == null || !fieldsRef.equals(existing.getAllOf().get(0).getRef())) {
            // Another class already has this name; taking it over would retype its own responses.
            throw new IllegalStateException(name + " exists and is not the fact response of " + fieldsRef);
        }
        return OASFactory.createSchema().ref(SCHEMAS + name);
    }
}
