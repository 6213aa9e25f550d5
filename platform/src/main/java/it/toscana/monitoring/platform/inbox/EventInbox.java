package it.toscana.monitoring.platform.inbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hibernate.Session;

import it.toscana.monitoring.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The consumer-side dedupe log. Called in the projection's own transaction, so an event is
 * recorded as processed exactly when its effect is committed. A batch costs three statements,
 * whatever its size.
 */
@ApplicationScoped
public class EventInbox {

    /** An event as delivered on a topic. */
    public record Delivery(String topic, CloudEvent event) {
    }

    private record AggregateKey(String type, String id) {
    }

    @Inject
    EntityManager entityManager;

    /**
     * Records the deliveries and returns, in order, those to apply: not a redelivered event id, and a
     * version newer than the newest applied to the same aggregate (including earlier ones of this batch).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Delivery> accept(List<Delivery> deliveries) {
        List<Delivery> accepted = new ArrayList<>();
        if (deliveries.isEmpty()) {
            return accepted;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            Set<UUID> firstDeliveries = recordIds(connection, deliveries);
            Map<AggregateKey, Long> newest = storedVersions(connection, deliveries);
            Map<AggregateKey, Long> advanced = new LinkedHashMap<>();
            for (Delivery delivery : deliveries) {
                CloudEvent event = delivery.event();
                AggregateKey key = new AggregateKey(event.aggregateType(), event.subject());
                if (firstDeliveries.remove(event.id()) && event.version() > newest.getOrDefault(key, -1L)) {
                    newest.put(key, event.version());
                    advanced.put(key, event.version());
                    accepted.add(delivery);
                }
            }
            storeVersions(connection, advanced);
        });
        return accepted;
    }

    /** Forgets everything, for a rebuild that replays the topics from the beginning. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear() {
        entityManager.createNativeQuery("TRUNCATE processed_event, aggregate_version").executeUpdate();
    }

    /** The ids not recorded before (a redelivery, or a repeat inside the batch, is absent). */
    private static Set<UUID> recordIds(Connection connection, List<Delivery> deliveries) throws SQLException {
        Set<UUID> inserted = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO processed_event (event_id, topic) SELECT * FROM unnest(?::uuid[], ?::text[])
                ON CONFLICT DO NOTHING RETURNING event_id""")) {
            insert.setArray(1, array(connection, "uuid", deliveries.stream().map(d -> d.event().id()).toList()));
            insert.setArray(2, array(connection, "text", deliveries.stream().map(Delivery::topic).toList()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return inserted;
    }

    private static Map<AggregateKey, Long> storedVersions(Connection connection, List<Delivery> deliveries)
            throws SQLException {
        Map<AggregateKey, Long> versions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT v.aggregate_type, v.aggregate_id, v.version FROM aggregate_version v
                JOIN unnest(?::text[], ?::text[]) AS k(type, id) ON v.aggregate_type = k.type AND v.aggregate_id = k.id""")) {
            select.setArray(1, array(connection, "text", deliveries.stream().map(d -> d.event().aggregateType()).toList()));
            select.setArray(2, array(connection, "text", deliveries.stream().map(d -> d.event().subject()).toList()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.put(new AggregateKey(rows.getString(1), rows.getString(2)), rows.getLong(3));
                }
            }
        }
        return versions;
    }

    private static void storeVersions(Connection connection, Map<AggregateKey, Long> versions) throws SQLException {
        if (versions.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO aggregate_version (aggregate_type, aggregate_id, version)
                SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[])
                ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE SET version = EXCLUDED.version
                WHERE aggregate_version.version < EXCLUDED.version""")) {
            upsert.setArray(1, array(connection, "text", versions.keySet().stream().map(AggregateKey::type).toList()));
            upsert.setArray(2, array(connection, "text", versions.keySet().stream().map(AggregateKey::id).toList()));
            upsert.setArray(3, array(connection, "bigint", List.copyOf(versions.values())));
            upsert.executeUpdate();
        }
    }

    private static Array array(Connection connection, String type, List<?> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }
}
