package it.toscana.monitoring.gateway.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import it.toscana.monitoring.gateway.webhooks.Subscription;
import it.toscana.monitoring.gateway.webhooks.Webhooks;
import it.toscana.monitoring.gateway.webhooks.view.Webhook;
import it.toscana.monitoring.gateway.webhooks.view.WebhookDelivery;
import it.toscana.monitoring.platform.openapi.BearerSecurity;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.PublicUrls;
import it.toscana.monitoring.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/webhooks")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    @Inject
    Webhooks webhooks;

    @Inject
    SecurityIdentity caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to the change feed",
            description = "region-admin, or erp-integration for its own subscriptions. Changes applied from now on are POSTed "
                    + "to the URL one at a time, in order, at least once, signed as Standard Webhooks says (webhook-id, "
                    + "webhook-timestamp, webhook-signature = v1,base64(HMAC-SHA256(secret, id.timestamp.body))). The secret "
                    + "is in this answer only. The URL must resolve to public addresses; redirects are not followed.")
    @APIResponse(responseCode = "201", description = "Subscribed; the body carries the secret, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "400", description = "An unknown type or a malformed body (problem+json)")
    @APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
    @APIResponse(responseCode = "403", description = "The token's role may not hold webhooks (problem+json)")
    @APIResponse(responseCode = "422", description = "The URL is not http(s), or resolves to a loopback, private, link-local or "
            + "unique-local address (problem+json)")
    public Response create(Webhooks.Request request, @Context UriInfo uri) {
        Subscription created = webhooks.create(caller, request);
        return Response.created(PublicUrls.of(uri.getAbsolutePathBuilder().path(created.id().toString()).build()))
                .entity(Webhook.withSecret(created)).build();
    }

    @GET
    @SecurityRequirement(name = BearerSecurity.SCHEME, scopes = { Roles.REGION_ADMIN, Roles.ERP_INTEGRATION })
    @Operation(operationId = "listWebhooks", summary = "Webhook subscriptions: all for region-admin, its own for erp-integration",
            description = "A page of subscriptions, oldest first (sort=-createdAt: newest first); ?updatedSince= lists those"
                    + " created, failing or recovered since. ?fields= keeps only the fields named.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions (secrets are never shown again)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class)),
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    @APIResponse(responseCode = "400", description = "Invalid paging or sort, or an updatedSince that is not an instant (problem+json)")
    @APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
    @APIResponse(responseCode = "403", description = "The token's role may not hold webhooks (problem+json)")
    public Response list(@BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return webhooks.list(caller, page).map(Webhook::of).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @SecurityRequirement(name = BearerSecurity.SCHEME, scopes = { Roles.REGION_ADMIN, Roles.ERP_INTEGRATION })
    @Operation(operationId = "getWebhook", summary = "One webhook subscription: its target, filters and whether it is enabled")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
    @APIResponse(responseCode = "403", description = "The token's role may not hold webhooks (problem+json)")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller (problem+json)")
    public Webhook get(@PathParam("id") UUID id) {
        return Webhook.of(webhooks.get(caller, id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "End a webhook subscription; nothing more is delivered")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
    @APIResponse(responseCode = "403", description = "The token's role may not hold webhooks (problem+json)")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller (problem+json)")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(caller, id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @SecurityRequirement(name = BearerSecurity.SCHEME, scopes = { Roles.REGION_ADMIN, Roles.ERP_INTEGRATION })
    @Operation(operationId = "listWebhookDeliveries", summary = "A subscription's delivery log, newest first: each attempt, "
            + "the target's status and why it failed",
            description = "A page of attempts, newest first (sort=attemptedAt: oldest first). ?fields= keeps only the fields named.")
    @APIResponse(responseCode = "200", description = "A page of delivery attempts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDelivery.class)),
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    @APIResponse(responseCode = "400", description = "Invalid paging or sort, or an updatedSince that is not an instant (problem+json)")
    @APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
    @APIResponse(responseCode = "403", description = "The token's role may not hold webhooks (problem+json)")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller (problem+json)")
    public Response deliveries(@PathParam("id") UUID id, @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return webhooks.deliveries(caller, id, page.sortedByDefault("-attemptedAt")).map(WebhookDelivery::of).toResponse(uri);
    }
}
