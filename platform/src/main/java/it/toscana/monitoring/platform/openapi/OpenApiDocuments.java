package it.toscana.monitoring.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** What the platform's filters need of a document being built. */
final class OpenApiDocuments {

    private OpenApiDocuments() {
    }

    /** The document's components, created empty first when it has none yet. */
    static Components components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        return openAPI.getComponents();
    }
}
