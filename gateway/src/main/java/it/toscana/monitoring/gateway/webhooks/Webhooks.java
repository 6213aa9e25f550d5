package it.toscana.monitoring.gateway.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.security.identity.SecurityIdentity;
import it.toscana.monitoring.gateway.changes.ChangeFeedReader;
import it.toscana.monitoring.gateway.changes.EntityTypes;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Webhook subscriptions of region-admin (all of them) and erp-integration (its own): the rules, in one
 * transaction each. Writes are authorized by the platform's WriteAccess; reads here, since the list
 * names other parties' endpoints.
 */
@ApplicationScoped
public class Webhooks {

    /** What a caller asks for. */
    @Schema(name = "WebhookRequest", description = "A webhook subscription to make")
    public record Request(
            @Schema(description = "The target: an http(s) URL resolving to public addresses", example = "https://erp.example.org/hooks/monitoring")
            String url,
            @Schema(description = "Entity types to deliver; none: all", example = "[\"allocation\", \"payment\"]")
            List<String> types,
            @Schema(description = "Only changes of this community's totals; none: all", example = "alta-val-di-cecina")
            String community) {
    }

    @Inject
    WebhookStore store;

    @Inject
    WebhookTargets targets;

    @Inject
    ChangeFeedReader changes;

    /** A new subscription, delivering the changes applied from now on; the one answer that carries its secret. */
    @Transactional
    public Subscription create(SecurityIdentity caller, Request request) {
        String owner = owner(caller);
        if (request == null) {
            throw ProblemException.invalid("The body must name the target url.");
        }
        targets.check(request.url());
        List<String> types = request.types() == null ? List.of()
                : List.copyOf(EntityTypes.parse(String.join(",", request.types())));
        String community = request.community() == null || request.community().isBlank() ? null : request.community();
        Instant now = Instant.now();
        Subscription created = new Subscription(UUID.randomUUID(), owner, request.url(), types.stream().sorted().toList(),
                community, WebhookSignatures.newSecret(), true, null, changes.head(), 0, now, now);
        store.insert(created);
        return created;
    }

    @Transactional
    public Page<Subscription> list(SecurityIdentity caller, PageParams page) {
        String owner = caller.hasRole(Roles.REGION_ADMIN) ? null : owner(caller);
        return store.list(owner, page);
    }

    @Transactional
    public Subscription get(SecurityIdentity caller, UUID id) {
        String owner = owner(caller);
        return store.find(id).filter(found -> caller.hasRole(Roles.REGION_ADMIN) || found.owner().equals(owner))
                .orElseThrow(() -> ProblemException.notFound("No webhook subscription " + id + " of yours."));
    }

    @Transactional
    public void delete(SecurityIdentity caller, UUID id) {
        store.delete(get(caller, id).id());
    }

    @Transactional
    public Page<DeliveryRecord> deliveries(SecurityIdentity caller, UUID id, PageParams page) {
        return store.deliveries(get(caller, id).id(), page);
    }

    /** The caller's subject, when its role may hold subscriptions: 401 without a token, 403 for another role. */
    private static String owner(SecurityIdentity caller) {
        if (caller == null || caller.isAnonymous()) {
            throw ProblemException.of(ProblemType.UNAUTHORIZED, "Webhooks need a bearer token (Authorization: Bearer <JWT>).");
        }
        if (!caller.hasRole(Roles.REGION_ADMIN) && !caller.hasRole(Roles.ERP_INTEGRATION)) {
            throw ProblemException.forbidden("Webhooks are for region-admin and erp-integration.");
        }
        return caller.getPrincipal().getName();
    }
}
