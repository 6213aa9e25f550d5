package it.toscana.monitoring.gateway.projection;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import it.toscana.monitoring.events.funding.DeclaredTotalStateV3;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The printed totals replicated from funding.events, every recorded version kept with its recording
 * interval, so that a read can ask them as of a business date (their document's date) and as known at
 * an instant. There are a few hundred of them: a read filters them directly.
 */
@ApplicationScoped
public class DeclaredFigures {

    private static final String COLUMNS = "id, community_code, scope, label, funding_line_code, amount, document_date, "
            + "document_date_source, source_document, source_location, note";

    @Inject
    EntityManager entityManager;

    /** A new version, recorded at {@code recordedAt}: closes the current one and becomes current. */
    public void upsert(DeclaredTotalStateV3 state, Instant recordedAt) {
        close(state.id(), recordedAt);
        entityManager.createNativeQuery("INSERT INTO declared_total (" + COLUMNS + ", recorded_from) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                .setParameter(1, state.id()).setParameter(2, state.communityCode())
                .setParameter(3, state.scope().name()).setParameter(4, state.label())
                .setParameter(5, state.fundingLineCode()).setParameter(6, state.amount())
                .setParameter(7, Date.valueOf(state.documentDate())).setParameter(8, state.documentDateSource().name())
                .setParameter(9, state.source() == null ? null : state.source().document())
                .setParameter(10, state.source() == null ? null : state.source().location())
                .setParameter(11, state.note()).setParameter(12, utc(recordedAt))
                .executeUpdate();
    }

    /** The figure was withdrawn at {@code recordedAt}: it is no longer current, but stays known before then. */
    public void close(String id, Instant recordedAt) {
        entityManager.createNativeQuery("UPDATE declared_total SET recorded_to = ?2 WHERE id = ?1 AND recorded_to IS NULL")
                .setParameter(1, id).setParameter(2, utc(recordedAt))
                .executeUpdate();
    }

    public void reset() {
        entityManager.createNativeQuery("TRUNCATE declared_total").executeUpdate();
    }

    /**
     * The figures of a community (null: the region's own), as of a business date and as known at an
     * instant (null: today's knowledge, whatever their date).
     */
    public List<DeclaredFigure> of(String communityCode, LocalDate asOf, Instant knownAt) {
        return read((communityCode == null ? "community_code IS NULL" : "community_code = :community"),
                communityCode, asOf, knownAt);
    }

    /** The figures of every community (not the region's own), for the region's table and reconciliation. */
    public List<DeclaredFigure> ofEveryCommunity(LocalDate asOf, Instant knownAt) {
        return read("community_code IS NOT NULL", null, asOf, knownAt);
    }

    private List<DeclaredFigure> read(String where, String communityCode, LocalDate asOf, Instant knownAt) {
        String known = knownAt == null ? "recorded_to IS NULL"
                : "recorded_from <= :knownAt AND (recorded_to IS NULL OR recorded_to > :knownAt)";
        Query query = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM declared_total WHERE " + where
                + " AND " + known + (asOf == null ? "" : " AND document_date <= :asOf")
                + " ORDER BY scope, funding_line_code NULLS FIRST, label NULLS FIRST");
        if (communityCode != null) {
            query.setParameter("community", communityCode);
        }
        if (knownAt != null) {
            query.setParameter("knownAt", utc(knownAt));
        }
        if (asOf != null) {
            query.setParameter("asOf", Date.valueOf(asOf));
        }
        return ((List<?>) query.getResultList()).stream().map(row -> figure((Object[]) row)).toList();
    }

    private static DeclaredFigure figure(Object[] row) {
        return new DeclaredFigure((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (BigDecimal) row[5], toDate(row[6]), (String) row[7], (String) row[8], (String) row[9], (String) row[10]);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
