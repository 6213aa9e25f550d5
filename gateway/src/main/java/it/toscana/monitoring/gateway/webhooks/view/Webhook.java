package it.toscana.monitoring.gateway.webhooks.view;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import it.toscana.monitoring.gateway.webhooks.Subscription;

@Schema(name = "Webhook", description = "A webhook subscription: changes of the feed delivered to a URL, signed (Standard Webhooks)")
public record Webhook(
        UUID id,
        @Schema(description = "The target; deliveries are POSTed there", example = "https://erp.example.org/hooks/monitoring")
        String url,
        @Schema(description = "Entity types delivered; empty: all", example = "[\"allocation\", \"payment\"]")
        List<String> types,
        @Schema(description = "Only changes of this community's totals; null: all", example = "alta-val-di-cecina")
        String community,
        @Schema(description = "False once deliveries failed too often in a row; see the deliveries for why")
        boolean enabled,
        @Schema(description = "Why the subscription was disabled", example = "disabled: 8 deliveries failed in a row; the last: the target answered 500")
        String disabledReason,
        @Schema(description = "Failed deliveries since the last acknowledged one")
        int consecutiveFailures,
        Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only in the answer to the creation, never again: the signing secret (whsec_ + base64)",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {

    public static Webhook of(Subscription s) {
        return new Webhook(s.id(), s.url(), s.types(), s.community(), s.enabled(), s.disabledReason(), s.consecutiveFailures(),
                s.createdAt(), null);
    }

    public static Webhook withSecret(Subscription s) {
        return new Webhook(s.id(), s.url(), s.types(), s.community(), s.enabled(), s.disabledReason(), s.consecutiveFailures(),
                s.createdAt(), s.secret());
    }
}
