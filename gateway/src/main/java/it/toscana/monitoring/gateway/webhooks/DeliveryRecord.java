package it.toscana.monitoring.gateway.webhooks;

import java.time.Instant;

/** One delivery attempt: the message (the change's cursor), when, the target's status (null: no answer) and why. */
public record DeliveryRecord(String messageId, Instant attemptedAt, Integer statusCode, boolean succeeded, String detail) {
}
