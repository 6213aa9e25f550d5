package it.toscana.monitoring.deployment.domain;

import java.math.BigDecimal;

import it.toscana.monitoring.events.deployment.TelecentreState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One phase of a telecentre. */
@Entity
public class Telecentre extends DatedRolloutFact {

    public String phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TelecentreState.Status status;

    public String location;

    @Column(name = "managed_by")
    public String managedBy;

    public Integer workstations;

    @Column(name = "teacher_workstations")
    public Integer teacherWorkstations;

    @Column(name = "jobs_created")
    public Integer jobsCreated;

    @Column(name = "jobs_target")
    public Integer jobsTarget;

    @Column(name = "regional_funding")
    public BigDecimal regionalFunding;

    @Column(name = "total_project_cost")
    public BigDecimal totalProjectCost;

    @Column(name = "completion_target")
    public String completionTarget;
}
