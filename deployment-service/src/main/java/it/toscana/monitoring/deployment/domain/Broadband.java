package it.toscana.monitoring.deployment.domain;

import java.math.BigDecimal;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Broadband facts of one municipality; its id is the ISTAT code. */
@Entity
public class Broadband extends DatedRolloutFact {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pa_connection")
    public PaConnection paConnection;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fibre_rtrt3")
    public FibreExtension fibreRtrt3;

    @Enumerated(EnumType.STRING)
    public Coverage coverage;

    @Column(name = "coverage_target_year")
    public Integer coverageTargetYear;

    @Column(name = "digital_divide_level")
    public Integer digitalDivideLevel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "zones_served")
    public List<String> zonesServed = List.of();

    @Column(name = "unservable_users")
    public Integer unservableUsers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "hospital_links")
    public List<HospitalLink> hospitalLinks = List.of();

    @Column(name = "investment_local_connection")
    public BigDecimal investmentLocalConnection;

    @Column(name = "investment_shared_infrastructure")
    public BigDecimal investmentSharedInfrastructure;

    /** Coverage for citizens and businesses against digital-divide level 1. */
    public enum Coverage {
        COVERED_ACTIVE, PARTIALLY_COVERED, PLANNED, NOT_COVERED, NOT_IN_INTERVENTION
    }
}
