package it.toscana.monitoring.deployment.domain;

import java.time.LocalDate;

import it.toscana.monitoring.events.deployment.JusticeOfficeState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A judicial office on the online registry. */
@Entity
@Table(name = "justice_office")
public class JusticeOffice extends DatedRolloutFact {

    @Column(nullable = false)
    public String office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JusticeOfficeState.Status status;

    /** ISO with the precision printed: 2004, 2009-03 or 2008-06-20. */
    public String activation;

    public Integer magistrates;

    public Integer lawyers;

    public Long accesses;

    @Column(name = "accesses_since")
    public LocalDate accessesSince;

    public String target;
}
