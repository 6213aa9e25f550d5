package it.toscana.monitoring.gateway.webhooks;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import it.toscana.monitoring.gateway.projection.BatchSql;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Subscriptions and their delivery log, on the caller's transaction. */
@ApplicationScoped
class WebhookStore {

    private static final String COLUMNS = "id, owner, url, types, community, secret, enabled, disabled_reason, after_position, "
            + "consecutive_failures, next_attempt_at, created_at";
    /** Oldest first unless sorted; {@code ?updatedSince=} bounds the last change its owner sees. */
    private static final Listing SUBSCRIPTIONS = Listing.of(Map.of("createdAt", "created_at"), "updated_at", "created_at", "id");
    private static final Listing DELIVERIES = Listing.of(Map.of("attemptedAt", "attempted_at"), "attempted_at", "id");

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @Inject
    BatchSql sql;

    @Inject
    EntityManager entityManager;

    void insert(Subscription s) {
        update("INSERT INTO webhook_subscription (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
            statement.setObject(1, s.id());
            statement.setString(2, s.owner());
            statement.setString(3, s.url());
            statement.setArray(4, statement.getConnection().createArrayOf("text", s.types().toArray()));
            statement.setString(5, s.community());
            statement.setString(6, s.secret());
            statement.setBoolean(7, s.enabled());
            statement.setString(8, s.disabledReason());
            statement.setLong(9, s.afterPosition());
            statement.setInt(10, s.consecutiveFailures());
            statement.setTimestamp(11, Timestamp.from(s.nextAttemptAt()));
            statement.setTimestamp(12, Timestamp.from(s.createdAt()));
            statement.setTimestamp(13, Timestamp.from(s.createdAt()));
        });
    }

    Optional<Subscription> find(UUID id) {
        return subscriptions(entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ?1")
                .setParameter(1, id)).stream().findFirst();
    }

    /** A page of subscriptions, of one owner or (owner null) of all. */
    Page<Subscription> list(String owner, PageParams page) {
        return SUBSCRIPTIONS.nativePage(entityManager, "SELECT " + COLUMNS, " FROM webhook_subscription",
                new Conditions().and("owner = :owner", "owner", owner), page).map(row -> subscription((Object[]) row));
    }

    void delete(UUID id) {
        update("DELETE FROM webhook_subscription WHERE id = ?", statement -> statement.setObject(1, id));
    }

    /** Enabled subscriptions whose next attempt is due. */
    List<Subscription> due(int limit) {
        return subscriptions(entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_subscription "
                + "WHERE enabled AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT ?1").setParameter(1, limit));
    }

    /** Delivered (or nothing to deliver) up to {@code position}: the next delivery starts after it, at once. */
    void advance(UUID id, long position) {
        // a change its owner sees only when it ends a run of failures
        update("UPDATE webhook_subscription SET after_position = greatest(after_position, ?), consecutive_failures = 0, "
                + "next_attempt_at = now(), updated_at = CASE WHEN consecutive_failures = 0 THEN updated_at ELSE now() END "
                + "WHERE id = ?", statement -> {
                    statement.setLong(1, position);
                    statement.setObject(2, id);
                });
    }

    /** A failed delivery: retried at {@code nextAttemptAt}, or never when {@code disabledReason} is set. */
    void failed(UUID id, int failures, Instant nextAttemptAt, String disabledReason) {
        update("UPDATE webhook_subscription SET consecutive_failures = ?, next_attempt_at = ?, enabled = ?, disabled_reason = ?, "
                + "updated_at = now() WHERE id = ?", statement -> {
                    statement.setInt(1, failures);
                    statement.setTimestamp(2, Timestamp.from(nextAttemptAt));
                    statement.setBoolean(3, disabledReason == null);
                    statement.setString(4, disabledReason);
                    statement.setObject(5, id);
                });
    }

    void log(UUID id, DeliveryRecord delivery) {
        update("INSERT INTO webhook_delivery (subscription_id, message_id, attempted_at, status_code, succeeded, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setObject(1, id);
                    statement.setString(2, delivery.messageId());
                    statement.setTimestamp(3, Timestamp.from(delivery.attemptedAt()));
                    if (delivery.statusCode() == null) {
                        statement.setNull(4, Types.INTEGER);
                    } else {
                        statement.setInt(4, delivery.statusCode());
                    }
                    statement.setBoolean(5, delivery.succeeded());
                    statement.setString(6, delivery.detail());
                });
    }

    /** A page of a subscription's delivery log. */
    Page<DeliveryRecord> deliveries(UUID id, PageParams page) {
        return DELIVERIES.nativePage(entityManager, "SELECT message_id, attempted_at, status_code, succeeded, detail",
                " FROM webhook_delivery", new Conditions().and("subscription_id = :subscription", "subscription", id), page)
                .map(item -> {
                    Object[] row = (Object[]) item;
                    return new DeliveryRecord((String) row[0], instant(row[1]), (Integer) row[2], (Boolean) row[3],
                            (String) row[4]);
                });
    }

    private void update(String text, Binder binder) {
        sql.jdbc(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(text)) {
                binder.bind(statement);
                statement.executeUpdate();
            }
        });
    }

    private static List<Subscription> subscriptions(Query query) {
        return ((List<?>) query.getResultList()).stream().map(row -> subscription((Object[]) row)).toList();
    }

    private static Subscription subscription(Object[] row) {
        return new Subscription((UUID) row[0], (String) row[1], (String) row[2],
                Arrays.stream((Object[]) row[3]).map(String::valueOf).toList(), (String) row[4], (String) row[5],
                (Boolean) row[6], (String) row[7], ((Number) row[8]).longValue(), ((Number) row[9]).intValue(),
                instant(row[10]), instant(row[11]));
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
