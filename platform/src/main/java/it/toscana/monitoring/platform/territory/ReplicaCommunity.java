package it.toscana.monitoring.platform.territory;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "replica_community")
public class ReplicaCommunity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    /** Comma-separated province codes. */
    public String provinces;

    @Column(nullable = false)
    public long version;

    @Column(name = "last_event_time", nullable = false)
    public Instant lastEventTime;
}
