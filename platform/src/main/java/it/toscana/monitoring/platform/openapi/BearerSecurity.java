package it.toscana.monitoring.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import it.toscana.monitoring.platform.security.Roles;
import it.toscana.monitoring.platform.security.SecurityConfig;
import it.toscana.monitoring.platform.security.WriteAccess;

/**
 * Declares the bearer JWT ({@value #SCHEME}) and puts it, with the roles allowed, on every
 * operation that needs a token: the writes {@link WriteAccess} guards, with the roles it lets
 * through, and operations that declare
 * {@code @SecurityRequirement(name = BearerSecurity.SCHEME, scopes = <roles>)} beside their own
 * check (admin reads). At startup, as the guarded paths are runtime configuration.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class BearerSecurity implements OASFilter {

    public static final String SCHEME = "bearerAuth";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        OpenApiDocuments.components(openAPI).addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT of the region's identity provider; its groups claim holds the caller's roles"));
        SecurityConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(SecurityConfig.class);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            List<String> roles = declaredRoles(operation);
            if (roles.isEmpty() && WriteAccess.isWrite(method.name())) {
                roles = WriteAccess.rolesAllowedToWrite(config, path);
            }
            if (!roles.isEmpty()) {
                secure(operation, roles);
            }
        }));
    }

    private static List<String> declaredRoles(Operation operation) {
        if (operation.getSecurity() == null) {
            return List.of();
        }
        return operation.getSecurity().stream()
                .filter(requirement -> requirement.hasScheme(SCHEME))
                .flatMap(requirement -> requirement.getScheme(SCHEME).stream())
                .toList();
    }

    /** The roles go in the requirement (OpenAPI 3.1 lets other schemes than OAuth list roles there) and in words. */
    private static void secure(Operation operation, List<String> roles) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, roles)));
        String needs = "Needs a bearer token with the role " + String.join(" or ", roles)
                + (roles.contains(Roles.COMMUNITY_OPERATOR) ? " (a community operator: objects of its own community only)." : ".");
        operation.setDescription(operation.getDescription() == null ? needs : operation.getDescription() + "\n\n" + needs);
    }
}
