package it.toscana.monitoring.refdata;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import it.toscana.monitoring.refdata.GatewayClient.Reply;
import it.toscana.monitoring.refdata.LoadSummary.Outcome;

/**
 * Writes records through the gateway so that loading again changes nothing, and counts each one
 * in the summary: a PUT by natural key is skipped when the service already holds the values; a record
 * with an external id or identity fields is looked up before it is POSTed; a POST carries
 * {@code Idempotency-Key: refdata:v1:<kind>:<record>}, so a retried or repeated one gets the first answer
 * replayed.
 */
final class RecordWriter implements Upsert {

    static final String KEY_PREFIX = "refdata:v1:";
    /** How long a service's replica of the territory register may lag behind what was just written. */
    static final Duration REPLICA_WAIT = Duration.ofSeconds(120);

    private final GatewayClient gateway;
    private final LoadSummary summary;
    /** The resources this load has written a record to: two records never land on one. */
    private final Set<String> claimed = new HashSet<>();

    RecordWriter(GatewayClient gateway, LoadSummary summary) {
        this.gateway = gateway;
        this.summary = summary;
    }

    GatewayClient gateway() {
        return gateway;
    }

    LoadSummary summary() {
        return summary;
    }

    /** PUT by natural key, skipped when the service already holds these values. */
    @Override
    public void upsert(String kind, String id, String path, Object request) {
        upsertReply(kind, id, path, request, reply -> false);
    }

    /** As {@link #upsert}, answering the reply; a refusal that {@code retriedLater} accepts is left to the caller. */
    Reply upsertReply(String kind, String id, String path, Object request, Predicate<Reply> retriedLater) {
        return putUnlessHeld(kind, id, path, Fields.body(request), Fields.compared(request), retriedLater);
    }

    /** PUT {@code body} unless the resource already holds the values of {@code compared}. */
    private Reply putUnlessHeld(String kind, String id, String path, ObjectNode body, ObjectNode compared,
            Predicate<Reply> retriedLater) {
        Reply current = gateway.get(path);
        if (current.status() == 200 && holds(current.body(), compared)) {
            summary.record(kind, Outcome.UNCHANGED);
            return current;
        }
        Reply reply = gateway.put(path, body);
        // 200 to a retried PUT whose first answer was lost: what the GET found missing, that PUT created
        if (reply.status() == 201 || (reply.ok() && current.status() == 404)) {
            summary.record(kind, Outcome.CREATED);
        } else if (reply.ok()) {
            summary.record(kind, Outcome.UPDATED);
        } else if (!retriedLater.test(reply)) {
            summary.refuse(kind, id, reply.problem());
        }
        return reply;
    }

    /**
     * POST with {@code Idempotency-Key: refdata:v1:<id>}; {@code alreadyThere} tells a refusal that
     * means the record exists (e.g. a 409) and counts it as unchanged.
     */
    Reply create(String kind, String id, String path, Object request, Predicate<Reply> alreadyThere) {
        Reply reply = post(id, path, Fields.body(request));
        if (reply.ok()) {
            summary.record(kind, reply.replayed() ? Outcome.UNCHANGED : Outcome.CREATED);
        } else if (alreadyThere.test(reply)) {
            summary.record(kind, Outcome.UNCHANGED);
        } else {
            summary.refuse(kind, id, reply.problem());
        }
        return reply;
    }

    /**
     * A record with an external id or other identity fields: looked up with {@code existing} first, and replaced by
     * PUT unless it already holds these values (see {@link Fields#compared}); created by POST as above only when absent.
     * {@code existing} finds it from those values. Looking up first makes a reload an upsert by construction: it
     * does not rely on the service still remembering the Idempotency-Key (24 h), nor on a uniqueness rule that kinds
     * without a natural key (NAL nodes, telecentres, VoIP, justice offices) lack.
     */
    Reply createOrReplace(String kind, String id, String path, Object request, Function<ObjectNode, Optional<String>> existing) {
        ObjectNode body = Fields.body(request);
        ObjectNode compared = Fields.compared(request);
        Optional<String> held = existing.apply(compared);
        if (held.isPresent()) {
            return putUnlessHeld(kind, id, held.get(), body, compared, r -> false);
        }
        Reply reply = post(id, path, body);
        if (reply.ok()) {
            summary.record(kind, reply.replayed() ? Outcome.UNCHANGED : Outcome.CREATED);
            claimed.add(path + "/" + reply.body().path("id").asText());
            return reply;
        }
        // Created meanwhile (or under this key by an earlier dataset): replace what is there now.
        Optional<String> current = reply.status() == 409 || isKeyReused(reply) ? existing.apply(compared) : Optional.empty();
        if (current.isEmpty()) {
            summary.refuse(kind, id, reply.problem());
            return reply;
        }
        return putUnlessHeld(kind, id, current.get(), body, compared, r -> false);
    }

    /**
     * The POST itself. A 422 "Unknown reference" (the service's replica of the territory register is
     * behind) is retried under a derived key ({@code …#retry-n}), since the service keeps a refusal for
     * its key; a replayed refusal moves on to the next key at once, so a second run walks the same keys
     * to the same answers.
     */
    private Reply post(String id, String path, ObjectNode body) {
        String key = key(id);
        Instant giveUp = Instant.now().plus(REPLICA_WAIT);
        GatewayClient.Backoff backoff = new GatewayClient.Backoff();
        for (int attempt = 0;; attempt++) {
            Reply reply = gateway.post(path, body, attempt == 0 ? key : key + "#retry-" + attempt);
            if (!(reply.status() == 422 && isUnknownReference(reply) && Instant.now().isBefore(giveUp))) {
                return reply;
            }
            if (!reply.replayed()) {
                backoff.pause();
            }
        }
    }

    /** POST to a collection, or replace the item listed with the same {@code identity} fields (see {@link #createOrReplace}). */
    Reply createOrReplaceListed(String kind, String id, String collection, String filter, Object request, String... identity) {
        return createOrReplace(kind, id, collection, request, compared -> unclaimed(collection, filter, compared, identity));
    }

    /** The path of the item of {@code collection} (filtered by the query {@code filter}) whose identity fields equal the body's. */
    Optional<String> listed(String collection, String filter, ObjectNode body, String... identity) {
        return items(collection, filter, body, identity).stream().findFirst().map(item -> path(collection, item));
    }

    /**
     * As {@link #listed}, for the record being written: where several items share the identity (three nameless
     * PAAS points of one municipality), the one that already holds the body, else the first; never one this load
     * has already written another record to.
     */
    Optional<String> unclaimed(String collection, String filter, ObjectNode body, String... identity) {
        List<String> candidates = new ArrayList<>();
        for (JsonNode item : items(collection, filter, body, identity)) {
            String path = path(collection, item);
            if (!claimed.contains(path)) {
                if (holds(item, body)) {
                    candidates.add(0, path);
                } else {
                    candidates.add(path);
                }
            }
        }
        Optional<String> chosen = candidates.stream().findFirst();
        chosen.ifPresent(claimed::add);
        return chosen;
    }

    private List<JsonNode> items(String collection, String filter, ObjectNode body, String... identity) {
        Reply reply = gateway.get(collection + "?size=500&" + filter);
        List<JsonNode> same = new ArrayList<>();
        for (JsonNode item : reply.body().path("items")) {
            if (Arrays.stream(identity).allMatch(field -> holds(item.get(field), body.get(field)))) {
                same.add(item);
            }
        }
        return same;
    }

    private static String path(String collection, JsonNode item) {
        return collection + "/" + item.path("id").asText();
    }

    /** {@code refdata:v1:<id>} in the characters a header allows: "Corte d’appello" becomes "corte-d-appello". */
    static String key(String id) {
        String ascii = Normalizer.normalize(id, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return KEY_PREFIX + ascii.replaceAll("[^a-z0-9:._#-]+", "-").replaceAll("(^-|-$)", "");
    }

    static boolean isUnknownReference(Reply reply) {
        return "Unknown reference".equals(reply.body().path("title").asText());
    }

    private static boolean isKeyReused(Reply reply) {
        return reply.status() == 422 && "Idempotency-Key reused".equals(reply.body().path("title").asText());
    }

    /** Whether {@code current} (a resource as served) already has every value of {@code wanted}. */
    static boolean holds(JsonNode current, JsonNode wanted) {
        if (wanted == null || wanted.isNull() || wanted.isMissingNode()) {
            return current == null || current.isNull() || current.isMissingNode()
                    || (current.isArray() && current.isEmpty());
        }
        if (current == null || current.isMissingNode() || current.isNull()) {
            return wanted.isArray() && wanted.isEmpty();
        }
        if (wanted.isNumber() && current.isNumber()) {
            return wanted.decimalValue().compareTo(current.decimalValue()) == 0;
        }
        if (wanted.isObject()) {
            if (!current.isObject()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = wanted.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!holds(current.get(field.getKey()), field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (wanted.isArray()) {
            if (!current.isArray() || current.size() != wanted.size()) {
                return false;
            }
            for (int i = 0; i < wanted.size(); i++) {
                if (!holds(current.get(i), wanted.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return wanted.asText().equals(current.asText()) && wanted.isValueNode() && current.isValueNode();
    }
}
