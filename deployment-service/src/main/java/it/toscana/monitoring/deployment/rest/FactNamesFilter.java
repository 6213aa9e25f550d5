package it.toscana.monitoring.deployment.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.Path;

/**
 * Annotation texts cannot vary by subclass, so {@link FactResource} writes {@code {one}} and
 * {@code {many}}; at build time this puts each subclass's {@link FactNames} in their place, under
 * that subclass's path. The index is the application's, handed over by SmallRye OpenAPI.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FactNamesFilter implements OASFilter {

    private final IndexView index;

    public FactNamesFilter(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (ClassInfo resource : index.getAllKnownSubclasses(DotName.createSimple(FactResource.class))) {
            AnnotationInstance names = resource.declaredAnnotation(FactNames.class);
            AnnotationInstance path = resource.declaredAnnotation(Path.class);
            if (names == null || path == null) {
                throw new IllegalStateException(resource.name() + " needs @Path and @FactNames");
            }
            String collection = path.value().asString();
            openAPI.getPaths().getPathItems().forEach((itemPath, item) -> {
                if (itemPath.equals(collection) || itemPath.startsWith(collection + "/")) {
                    name(item, names.value("one").asString(), names.value("many").asString());
                }
            });
        }
    }

    private static void name(PathItem item, String one, String many) {
        for (Operation operation : item.getOperations().values()) {
            operation.setSummary(fill(operation.getSummary(), one, many));
            Map.copyOf(operation.getResponses().getAPIResponses()).values()
                    .forEach(response -> response.setDescription(fill(response.getDescription(), one, many)));
        }
    }

    private static String fill(String text, String one, String many) {
        return text == null ? null : text.replace("{one}", one).replace("{many}", many);
    }
}
