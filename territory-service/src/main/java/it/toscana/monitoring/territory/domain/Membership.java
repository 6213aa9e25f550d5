package it.toscana.monitoring.territory.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A municipality belongs to a community from {@code validFrom}, until {@code validTo} (inclusive) when set. */
@Entity
public class Membership extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "istat_code", nullable = false)
    public String istatCode;

    @Column(name = "community_code", nullable = false)
    public String communityCode;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    /** The query condition "valid on {@code :date}" (both ends inclusive, an open end never ends). */
    public static final String VALID_ON_DATE = "validFrom <= :date and (validTo is null or validTo >= :date)";
}
