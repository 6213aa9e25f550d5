package it.toscana.monitoring.events.deployment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.Versioned;

/**
 * A municipality's broadband facts with the business date its state holds from,
 * version 3 of its event: {@link BroadbandStateV2} plus
 * {@code since} (never null: the date the stated status or figures took effect, else the date of the
 * document that reports them, else the day deployment-service recorded them, as {@code sinceSource} says).
 */
public record BroadbandStateV3(
        String istatCode,
        String communityCode,
        BroadbandStateV2.PaConnection paConnection,
        BroadbandStateV2.FibreExtension fibreRtrt3,
        List<BroadbandStateV2.HospitalLink> hospitalLinks,
        BroadbandStateV2.Coverage coverage,
        Integer coverageTargetYear,
        Integer digitalDivideLevel,
        List<String> zonesServed,
        Integer unservableUsers,
        BigDecimal investmentLocalConnection,
        BigDecimal investmentSharedInfrastructure,
        String notes,
        SourceReference source,
        LocalDate since,
        DateSource sinceSource,
        long version) implements Versioned {

    /** A v2 payload as v3, for events still on the compacted topic: dated by the day of its event. */
    public static BroadbandStateV3 of(BroadbandStateV2 v2, LocalDate recordedOn) {
        return new BroadbandStateV3(v2.istatCode(), v2.communityCode(), v2.paConnection(), v2.fibreRtrt3(),
                v2.hospitalLinks(), v2.coverage(), v2.coverageTargetYear(), v2.digitalDivideLevel(),
                v2.zonesServed(), v2.unservableUsers(), v2.investmentLocalConnection(),
                v2.investmentSharedInfrastructure(), v2.notes(), v2.source(), recordedOn, DateSource.RECORDING_DATE,
                v2.version());
    }

    @Override
    public String aggregateId() {
        return istatCode;
    }
}
