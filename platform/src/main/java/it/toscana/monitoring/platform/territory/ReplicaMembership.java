package it.toscana.monitoring.platform.territory;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "replica_membership")
public class ReplicaMembership extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "istat_code", nullable = false)
    public String istatCode;

    @Column(name = "community_code", nullable = false)
    public String communityCode;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Inclusive; null while the membership lasts. */
    @Column(name = "valid_to")
    public LocalDate validTo;
}
