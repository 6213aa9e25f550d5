package it.toscana.monitoring.deployment.domain;

import java.time.LocalDate;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.platform.time.BusinessDate;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * A rollout fact whose stated status and figures hold from a business date ({@code since}), kept as its
 * writer gave it (see {@link BusinessDate}): null with {@link DateSource#RECORDING_DATE} when none was given,
 * which then reads as the day the fact was first recorded.
 */
@MappedSuperclass
public abstract class DatedRolloutFact extends RolloutFact {

    @Column(name = "since")
    public LocalDate since;

    @Enumerated(EnumType.STRING)
    @Column(name = "since_source", nullable = false)
    public DateSource sinceSource = DateSource.RECORDING_DATE;

    public void dateBy(BusinessDate given) {
        since = given.date();
        sinceSource = given.source();
    }

    /** The date shown in responses and events: the given one, else the day the fact was first recorded. */
    public LocalDate resolvedSince() {
        return new BusinessDate(since, sinceSource).resolve(createdAt);
    }
}
