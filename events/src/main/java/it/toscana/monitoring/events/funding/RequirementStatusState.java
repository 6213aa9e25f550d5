package it.toscana.monitoring.events.funding;

import java.time.LocalDate;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;

/** Whether one community meets one mandatory requirement; {@code id} is {@code communityCode:requirementCode}. */
public record RequirementStatusState(
        String id,
        String communityCode,
        String requirementCode,
        boolean met,
        LocalDate assessedOn,
        String note,
        SourceReference source,
        long version) implements VersionedById {
}
