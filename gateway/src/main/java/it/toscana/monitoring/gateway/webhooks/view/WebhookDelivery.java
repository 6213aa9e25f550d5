package it.toscana.monitoring.gateway.webhooks.view;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.gateway.webhooks.DeliveryRecord;

@Schema(name = "WebhookDelivery", description = "One delivery attempt and its outcome")
public record WebhookDelivery(
        @Schema(description = "The webhook-id header: the change's cursor (the same on every retry)", example = "YzE6NDI")
        String messageId,
        @Schema(description = "When the gateway sent the request (recording time)")
        Instant attemptedAt,
        @Schema(description = "The target's HTTP status; null when it did not answer or was not called")
        Integer statusCode,
        boolean succeeded,
        @Schema(description = "Why it failed", example = "the target answered 503")
        String detail) {

    public static WebhookDelivery of(DeliveryRecord record) {
        return new WebhookDelivery(record.messageId(), record.attemptedAt(), record.statusCode(), record.succeeded(), record.detail());
    }
}
