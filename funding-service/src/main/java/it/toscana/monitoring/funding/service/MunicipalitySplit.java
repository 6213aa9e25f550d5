package it.toscana.monitoring.funding.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import it.toscana.monitoring.events.funding.AllocationStateV2.MunicipalityShare;
import it.toscana.monitoring.events.funding.AllocationStateV2.ShareRule;
import it.toscana.monitoring.funding.domain.Allocation;
import it.toscana.monitoring.funding.domain.ShareSplit;
import it.toscana.monitoring.platform.territory.ReplicaMunicipality;
import it.toscana.monitoring.platform.territory.TerritoryReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How an allocation's money splits over municipalities, the first rule that applies: the shares its
 * document prints; else equal shares over the municipalities it names; else the community's members on
 * its (resolved) assignment date by population, equal when a population is unknown; else none. Computed
 * on every read and publish, since populations and memberships change in the territory replica.
 */
@ApplicationScoped
public class MunicipalitySplit {

    private static final BigDecimal EQUAL_WEIGHT = BigDecimal.ONE;
    private static final String MEMBERS = MunicipalitySplit.class.getName();

    @Inject
    TerritoryReplica territory;

    @Inject
    TransactionMemo memo;

    /** In a transaction (a bulk chunk), a community's members are looked up once per date. */
    public ShareSplit of(Allocation allocation) {
        Map<String, List<ReplicaMunicipality>> members = memo.store(MEMBERS, HashMap::new);
        return of(allocation, members == null ? territory::municipalitiesOf : remembered(members));
    }

    /** For a page of allocations: a community's members are looked up once per date. */
    public Function<Allocation, ShareSplit> forPage() {
        BiFunction<String, LocalDate, List<ReplicaMunicipality>> members = remembered(new HashMap<>());
        return allocation -> of(allocation, members);
    }

    private BiFunction<String, LocalDate, List<ReplicaMunicipality>> remembered(
            Map<String, List<ReplicaMunicipality>> members) {
        return (community, date) -> members.computeIfAbsent(community + '@' + date,
                key -> territory.municipalitiesOf(community, date));
    }

    private static ShareSplit of(Allocation allocation,
            BiFunction<String, LocalDate, List<ReplicaMunicipality>> membersOn) {
        if (!allocation.municipalityShares.isEmpty()) {
            return split(ShareRule.PRINTED, allocation.municipalityShares.stream()
                    .map(share -> new MunicipalityShare(share.istatCode(), share.amount())));
        }
        if (!allocation.municipalityIstatCodes.isEmpty()) {
            return equal(allocation.municipalityIstatCodes.stream());
        }
        List<ReplicaMunicipality> members = membersOn.apply(allocation.communityCode,
                allocation.assignedOnAsGiven().resolve(allocation.createdAt));
        if (members.isEmpty()) {
            return new ShareSplit(ShareRule.NONE, List.of());
        }
        if (members.stream().anyMatch(member -> member.population == null)) {
            return equal(members.stream().map(member -> member.istatCode));
        }
        return split(ShareRule.POPULATION, members.stream()
                .map(member -> new MunicipalityShare(member.istatCode, BigDecimal.valueOf(member.population))));
    }

    private static ShareSplit equal(Stream<String> istatCodes) {
        return split(ShareRule.EQUAL, istatCodes.distinct().map(code -> new MunicipalityShare(code, EQUAL_WEIGHT)));
    }

    private static ShareSplit split(ShareRule rule, Stream<MunicipalityShare> weights) {
        return new ShareSplit(rule, weights.sorted(Comparator.comparing(MunicipalityShare::istatCode)).toList());
    }
}
