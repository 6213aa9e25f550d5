package it.toscana.monitoring.territory.domain;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import it.toscana.monitoring.events.territory.CommunityKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A Comunità Montana or Unione di Comuni, keyed by its slug code. */
@Entity
public class Community extends VersionedEntity {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommunityKind kind;

    /** Two-letter province codes; more than one when the community spans provinces. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> provinces = new ArrayList<>();

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "homogeneous_zone")
    public String homogeneousZone;

    public String notes;
}
