package it.toscana.monitoring.platform.inbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Records a consumer could not apply, parked with their error, topic, partition and offset. */
@ApplicationScoped
public class DeadLetters {

    /** A parked record; {@code replayedAt} is set once a replay applied it. */
    public record Parked(long id, String consumerGroup, String topic, int partition, long offset, String key,
            String value, String error, Instant parkedAt, Instant replayedAt) {
    }

    private static final String COLUMNS = "id, consumer_group, topic, partition_no, record_offset, record_key,"
            + " record_value, error, parked_at, replayed_at";
    /** Parked or replayed last: what {@code ?updatedSince=} bounds. */
    private static final Listing LISTING = Listing.of(Map.of("parkedAt", "parked_at"),
            "coalesce(replayed_at, parked_at)", "id");

    @Inject
    EntityManager entityManager;

    /** Parks the record (again: a failed replay updates the error). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void park(String group, ConsumerRecord<String, String> record, String error) {
        entityManager.createNativeQuery("""
                INSERT INTO dead_letter_event (consumer_group, topic, partition_no, record_offset, record_key, record_value, error)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (consumer_group, topic, partition_no, record_offset)
                DO UPDATE SET error = EXCLUDED.error, parked_at = now(), replayed_at = NULL""")
                .setParameter(1, group).setParameter(2, record.topic()).setParameter(3, record.partition())
                .setParameter(4, record.offset()).setParameter(5, record.key()).setParameter(6, record.value())
                .setParameter(7, error)
                .executeUpdate();
    }

    @Transactional
    public Page<Parked> page(boolean includeReplayed, PageParams page) {
        Conditions where = includeReplayed ? new Conditions() : new Conditions().and("replayed_at IS NULL");
        return LISTING.nativePage(entityManager, "SELECT " + COLUMNS, " FROM dead_letter_event", where, page)
                .map(row -> parked((Object[]) row));
    }

    @Transactional
    public Optional<Parked> find(long id) {
        return ((List<?>) entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM dead_letter_event WHERE id = ?1")
                .setParameter(1, id).getResultList()).stream().map(row -> parked((Object[]) row)).findFirst();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void replayed(long id) {
        entityManager.createNativeQuery("UPDATE dead_letter_event SET replayed_at = now() WHERE id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    private static Parked parked(Object[] row) {
        return new Parked(((Number) row[0]).longValue(), (String) row[1], (String) row[2], ((Number) row[3]).intValue(),
                ((Number) row[4]).longValue(), (String) row[5], (String) row[6], (String) row[7], instant(row[8]),
                instant(row[9]));
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
