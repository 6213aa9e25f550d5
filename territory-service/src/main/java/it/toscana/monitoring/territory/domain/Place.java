package it.toscana.monitoring.territory.domain;

import java.util.UUID;

import it.toscana.monitoring.events.territory.PlaceState.PlaceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A place other services refer to: hospital, school, library, judicial office, town hall… */
@Entity
public class Place extends VersionedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlaceKind kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "istat_code", nullable = false)
    public String istatCode;

    public String address;
}
