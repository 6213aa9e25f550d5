package it.toscana.monitoring.deployment.domain;

import java.time.LocalDate;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.deployment.PaasPointState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A PAAS point. The usage columns repeat the newest usage report so that reads and events need
 * no second lookup; the reports themselves are the record.
 */
@Entity
@Table(name = "paas_point")
public class PaasPoint extends RolloutFact {

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "site_type")
    public PaasPointState.SiteType siteType;

    @Column(name = "site_description")
    public String siteDescription;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> associations = List.of();

    @Column(name = "association_count")
    public Integer associationCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaasPointState.Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public PaasPointState.ClosureReason closureReason;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;

    /** Where {@code statusSince} comes from (RECORDING_DATE: none was given, it is the day the status was recorded). */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_since_source", nullable = false)
    public DateSource statusSinceSource;

    @Column(name = "registered_users", nullable = false)
    public long registeredUsers;

    @Column(nullable = false)
    public long accesses;

    public boolean partial;

    @Column(name = "reported_until")
    public LocalDate reportedUntil;
}
