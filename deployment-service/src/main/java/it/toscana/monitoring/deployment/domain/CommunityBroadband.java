package it.toscana.monitoring.deployment.domain;

import java.math.BigDecimal;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * Broadband facts the booklets give per community: the community seat's own connection and the
 * regional investment split. Its id is the community code.
 */
@Entity
@Table(name = "community_broadband")
public class CommunityBroadband extends RolloutFact {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pa_connection")
    public PaConnection paConnection;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fibre_rtrt3")
    public FibreExtension fibreRtrt3;

    /** The seat's connection status, kept as a column so the collection filters on it. */
    @Enumerated(EnumType.STRING)
    public PaConnection.ConnectionStatus status;

    @Column(name = "pa_investment")
    public BigDecimal paInvestment;

    @Column(name = "pa_investment_period")
    public String paInvestmentPeriod;

    @Column(name = "investment_local_connection")
    public BigDecimal investmentLocalConnection;

    @Column(name = "investment_shared_infrastructure")
    public BigDecimal investmentSharedInfrastructure;

    @Column(name = "already_paid_before")
    public BigDecimal alreadyPaidBefore;

    @Column(name = "already_paid_before_period")
    public String alreadyPaidBeforePeriod;

    @Column(name = "citizens_investment")
    public BigDecimal citizensInvestment;

    @Column(name = "total_investment")
    public BigDecimal totalInvestment;

    @Column(name = "additional_fibre_per_municipality")
    public BigDecimal additionalFibrePerMunicipality;

    @Column(name = "additional_fibre_condition")
    public String additionalFibreCondition;
}
