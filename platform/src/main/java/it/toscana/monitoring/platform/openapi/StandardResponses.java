package it.toscana.monitoring.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import it.toscana.monitoring.platform.security.WriteAccess;

/**
 * The error answers operations share, declared once under {@code components/responses} and referred to
 * from every operation they apply to; an operation's own annotation for the same status (a more precise
 * description: which rule, which resource) wins. Each is an RFC 9457 problem+json body, described and
 * not declared as content: generated clients derive {@code Accept} from the declared content, and an
 * operation whose success has none (204) would then ask for problem+json only and get 406.
 * Secured operations are the writes and the reads that declare {@link BearerSecurity}'s scheme.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardResponses implements OASFilter {

    private static final String REFS = "#/components/responses/";

    /** One operation of the document. */
    private record Target(String path, PathItem.HttpMethod method, Operation operation) {
    }

    /** A shared answer and which operations give it. */
    private record Standard(String name, String description, Predicate<Target> appliesTo) {
    }

    private static final Map<String, Standard> STANDARD = new LinkedHashMap<>();

    static {
        add("400", "BadRequest", "A malformed body, parameter or field selection (problem+json; errors names each field)",
                target -> true);
        add("401", "Unauthorized", "No valid bearer token (problem+json, WWW-Authenticate: Bearer)",
                StandardResponses::secured);
        add("403", "Forbidden", "The token lacks the role, or a community operator's community, this needs (problem+json)",
                StandardResponses::secured);
        add("404", "NotFound", "Nothing has the identifier in the path (problem+json)", target -> target.path().contains("{"));
        add("412", "PreconditionFailed", "If-Match does not name the current version, or the resource does not exist yet"
                + " (a PUT that creates takes no If-Match): read it again (problem+json)",
                target -> hasHeader(target.operation(), "If-Match"));
        add("413", "PayloadTooLarge", "The body is larger than this service accepts (problem+json)",
                target -> target.operation().getRequestBody() != null);
        add("422", "UnprocessableContent", "A business rule is broken, a reference is unknown, or the Idempotency-Key "
                + "was used with another body (problem+json)", target -> target.operation().getRequestBody() != null);
        add("429", "TooManyRequests", "This client has used its request budget at the gateway (problem+json); retry after "
                + "the given seconds", target -> true);
    }

    private static void add(String status, String name, String description, Predicate<Target> appliesTo) {
        STANDARD.put(status, new Standard(name, description, appliesTo));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Components components = OpenApiDocuments.components(openAPI);
        STANDARD.values().forEach(standard -> components.addResponse(standard.name(), response(standard)));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
            operation.setResponses(responses);
            STANDARD.forEach((status, standard) -> {
                if (standard.appliesTo().test(new Target(path, method, operation)) && !responses.hasAPIResponse(status)) {
                    responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(REFS + standard.name()));
                }
            });
        }));
    }

    private static APIResponse response(Standard standard) {
        APIResponse response = OASFactory.createAPIResponse().description(standard.description());
        if (standard.name().equals("TooManyRequests")) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before the next request")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).minimum(java.math.BigDecimal.ONE)));
        }
        return response;
    }

    // Every write needs a token (BearerSecurity), and so do reads that declare it (admin reads).
    private static boolean secured(Target target) {
        return WriteAccess.isWrite(target.method().name())
                || target.operation().getSecurity() != null && !target.operation().getSecurity().isEmpty();
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> name.equalsIgnoreCase(parameter.getName()));
    }
}
