package it.toscana.monitoring.gateway.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook subscription as stored: its target, its filters, and where its deliveries stand. */
public record Subscription(UUID id, String owner, String url, List<String> types, String community, String secret,
        boolean enabled, String disabledReason, long afterPosition, int consecutiveFailures, Instant nextAttemptAt,
        Instant createdAt) {
}
