package it.toscana.monitoring.deployment.domain;

import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import it.toscana.monitoring.events.deployment.BroadbandState.RolloutStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A CART NAL node; {@code istatCode} is the hosting municipality's, when a municipality hosts it. */
@Entity
@Table(name = "nal_node")
public class NalNode extends DatedRolloutFact {

    @Column(name = "host_entity", nullable = false)
    public String hostEntity;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_entity_type", nullable = false)
    public EntityType hostEntityType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "user_entities")
    public List<String> userEntities = List.of();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RolloutStatus status;

    /** The booklet's wording allows another reading (see notes). */
    public boolean uncertain;
}
