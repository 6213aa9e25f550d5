package it.toscana.monitoring.gateway.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import it.toscana.monitoring.gateway.changes.ChangeEntry;
import it.toscana.monitoring.gateway.changes.ChangeFeedReader;
import it.toscana.monitoring.gateway.changes.ChangeFeedReader.Slice;
import it.toscana.monitoring.gateway.changes.ChangeFilter;
import it.toscana.monitoring.gateway.changes.Cursor;
import it.toscana.monitoring.gateway.changes.view.Change;
import it.toscana.monitoring.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Delivers each subscription's changes from the change log, one at a time and in log order, signed as
 * Standard Webhooks says. The subscription's position moves only after a 2xx, in the same transaction
 * as the delivery log's row: at least once, and a restart neither loses nor repeats an acknowledged
 * change. A failure waits base × 2^(n-1) with jitter; after gateway.webhooks.max-failures in a row the
 * subscription is disabled, and its delivery log says why. Redirects are not followed.
 */
@ApplicationScoped
public class WebhookDeliverer {

    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class);
    private static final int SUBSCRIPTIONS_AT_ONCE = 50;
    private static final int CHANGES_AT_ONCE = 100;

    @Inject
    WebhookStore store;

    @Inject
    WebhookTargets targets;

    @Inject
    ChangeFeedReader changes;

    @Inject
    WebhooksConfig config;

    @Inject
    ObjectMapper json;

    private HttpClient client;

    private record Outcome(Integer status, boolean succeeded, String detail) {
    }

    @Scheduled(every = "${gateway.webhooks.poll}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        for (Subscription subscription : QuarkusTransaction.requiringNew().call(() -> store.due(SUBSCRIPTIONS_AT_ONCE))) {
            try {
                deliver(subscription);
            } catch (RuntimeException e) {
                LOG.warnf("Webhook subscription %s: %s", subscription.id(), e.getMessage());
            }
        }
    }

    /** Delivers the subscription's next changes until one fails or none is left. */
    private void deliver(Subscription subscription) {
        ChangeFilter filter = new ChangeFilter(Set.copyOf(subscription.types()), subscription.community());
        long after = subscription.afterPosition();
        int failures = subscription.consecutiveFailures();
        for (int sent = 0; sent < CHANGES_AT_ONCE; sent++) {
            Slice slice;
            try {
                slice = changes.read(after, filter, 1);
            } catch (ProblemException gone) {
                disable(subscription, failures, "its position is past the change log's retention");
                return;
            }
            if (slice.items().isEmpty()) {
                long through = slice.through();
                if (through > after) {
                    QuarkusTransaction.requiringNew().run(() -> store.advance(subscription.id(), through));
                }
                return;
            }
            ChangeEntry change = slice.items().get(0);
            Outcome outcome = post(subscription, change);
            DeliveryRecord record = new DeliveryRecord(Cursor.of(change.position()), Instant.now(), outcome.status(),
                    outcome.succeeded(), outcome.detail());
            if (!outcome.succeeded()) {
                failed(subscription, failures + 1, record);
                return;
            }
            QuarkusTransaction.requiringNew().run(() -> {
                store.log(subscription.id(), record);
                store.advance(subscription.id(), change.position());
            });
            after = change.position();
            failures = 0;
        }
    }

    private Outcome post(Subscription subscription, ChangeEntry change) {
        URI target = URI.create(subscription.url());
        String refused = targets.refusal(target.getHost());
        if (refused != null) {
            return new Outcome(null, false, "not sent: the target " + refused);
        }
        String id = Cursor.of(change.position());
        long timestamp = Instant.now().getEpochSecond();
        String body = body(change, timestamp);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(config.timeout())
                .header("content-type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignatures.sign(subscription.secret(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(status, true, null);
            }
            return new Outcome(status, false, status >= 300 && status < 400 ? "the target redirected; redirects are not followed"
                    : "the target answered " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, false, "interrupted");
        } catch (Exception e) {
            return new Outcome(null, false, "no answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /** The Standard Webhooks payload: type, timestamp and the change as the feed shows it. */
    private String body(ChangeEntry change, long timestamp) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "change.applied");
        payload.put("timestamp", Instant.ofEpochSecond(timestamp).toString());
        payload.put("data", Change.of(change));
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void failed(Subscription subscription, int failures, DeliveryRecord record) {
        QuarkusTransaction.requiringNew().run(() -> store.log(subscription.id(), record));
        if (failures >= config.maxFailures()) {
            disable(subscription, failures, failures + " deliveries failed in a row; the last: " + record.detail());
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> store.failed(subscription.id(), failures, Instant.now().plus(backoff(failures)), null));
    }

    private void disable(Subscription subscription, int failures, String reason) {
        QuarkusTransaction.requiringNew().run(() -> store.failed(subscription.id(), failures, Instant.now(), "disabled: " + reason));
        LOG.warnf("Webhook subscription %s disabled: %s", subscription.id(), reason);
    }

    /** base × 2^(failures-1), at most retry-max, of which a random half (equal jitter): retries of many subscriptions spread out. */
    Duration backoff(int failures) {
        long base = config.retryBase().toMillis();
        long capped = Math.min(config.retryMax().toMillis(), base << Math.min(failures - 1, 30));
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(config.timeout())
                    .version(HttpClient.Version.HTTP_1_1).build();
        }
        return client;
    }
}
