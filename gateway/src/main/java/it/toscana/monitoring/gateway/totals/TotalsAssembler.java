package it.toscana.monitoring.gateway.totals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.toscana.monitoring.gateway.consume.ProjectionFeed;
import it.toscana.monitoring.gateway.projection.DeclaredFigure;
import it.toscana.monitoring.gateway.projection.DeclaredFigures;
import it.toscana.monitoring.gateway.totals.view.Breakdown;
import it.toscana.monitoring.gateway.totals.view.BroadbandTotals;
import it.toscana.monitoring.gateway.totals.view.CartTotals;
import it.toscana.monitoring.gateway.totals.view.CommunityRow;
import it.toscana.monitoring.gateway.totals.view.CommunityTotals;
import it.toscana.monitoring.gateway.totals.view.Filters;
import it.toscana.monitoring.gateway.totals.view.MoneyTotals;
import it.toscana.monitoring.gateway.totals.view.PaasTotals;
import it.toscana.monitoring.gateway.totals.view.Reconciliation;
import it.toscana.monitoring.gateway.totals.view.RegionTotals;
import it.toscana.monitoring.gateway.totals.view.RolloutTotals;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.territory.ReplicaCommunity;
import it.toscana.monitoring.platform.territory.ReplicaMunicipality;
import it.toscana.monitoring.platform.territory.TerritoryReplica;
import it.toscana.monitoring.platform.time.BusinessDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Builds the totals responses from the maintained cells, the territory replica and the declared figures. */
@ApplicationScoped
public class TotalsAssembler {

    private static final String TABLE1 = "TABLE1";

    @Inject
    TotalCells cells;

    @Inject
    DeclaredFigures declared;

    @Inject
    TerritoryReplica territory;

    @Inject
    ProjectionFeed feed;

    @Inject
    TotalsCache cache;

    @Inject
    ObjectMapper json;

    /** What one cached answer was computed for; membership is resolved on {@code day}. */
    private record Read(String kind, String community, TotalsQuery query, LocalDate day) {
    }

    /** An answer as JSON, with the consumer's lag it shows (none for the rows). */
    private record Serialized(Read read, Map<String, Long> lag) {
    }

    /** The three totals answers that are also kept as JSON. */
    public enum View {
        COMMUNITY, REGION, ROWS
    }

    public CommunityTotals community(String code, TotalsQuery query) {
        return community(code, query, feed.lagByTopic());
    }

    public RegionTotals region(TotalsQuery query) {
        return region(query, feed.lagByTopic());
    }

    /**
     * The answer as JSON (the rows as one page), serialized once per generation and lag: serializing was
     * most of a repeated read's cost (JFR under wrk). {@code code} is the community's, for {@link View#COMMUNITY}.
     */
    public byte[] json(View view, String code, TotalsQuery query) {
        Serialized key = serialized(view, code, query);
        return cache.get(key, () -> serialize(switch (view) {
            case COMMUNITY -> community(code, query, key.lag());
            case REGION -> region(query, key.lag());
            case ROWS -> Page.all(communityRows(query));
        }));
    }

    /** {@link #json} when it is at hand, computed by an earlier read of this generation; null otherwise. */
    public byte[] cachedJson(View view, String code, TotalsQuery query) {
        return cache.peek(serialized(view, code, query));
    }

    private Serialized serialized(View view, String code, TotalsQuery query) {
        Read read = new Read(view.name(), code, query, day(query));
        return new Serialized(read, view == View.ROWS ? Map.of() : feed.lagByTopic());
    }

    private CommunityTotals community(String code, TotalsQuery query, Map<String, Long> lag) {
        return cache.get(new Read("community", code, query, day(query)), () -> computeCommunity(code, query))
                .withLagByTopic(lag);
    }

    private RegionTotals region(TotalsQuery query, Map<String, Long> lag) {
        return cache.get(new Read("region", null, query, day(query)), () -> computeRegion(query)).withLagByTopic(lag);
    }

    private byte[] serialize(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Totals not serializable", e);
        }
    }

    /** One row per community (known from the territory register or from its figures), for a dashboard table. */
    public List<CommunityRow> communityRows(TotalsQuery query) {
        return cache.get(new Read("rows", null, query, day(query)), () -> computeCommunityRows(query));
    }

    /** 404 unless some event announced a community with this code. */
    @Transactional
    public ReplicaCommunity requireCommunity(String code) {
        return territory.community(code)
                .orElseThrow(() -> ProblemException.notFound("No community with code " + code + "."));
    }

    @Transactional
    CommunityTotals computeCommunity(String code, TotalsQuery query) {
        ReplicaCommunity community = requireCommunity(code);
        CellSums all = new CellSums(cells.read(code, query.asOf(), query.knownAt()));
        CellSums filtered = all.money(query.section(), query.period());
        List<ReplicaMunicipality> members = territory.municipalitiesOf(code, day(query));
        List<CommunityTotals.Municipality> municipalities = members.stream().map(TotalsAssembler::municipality).toList();
        MoneyTotals money = filtered.moneyTotals();
        Parts parts = new Parts(all);
        return new CommunityTotals(
                new CommunityTotals.Community(community.code, community.name, community.kind, provinces(community),
                        community.version),
                municipalities,
                municipalities.stream().map(CommunityTotals.Municipality::population).filter(Objects::nonNull)
                        .mapToLong(Integer::longValue).sum(),
                money, parts.broadband, parts.cart, parts.paas, parts.rollout,
                Reconciler.community(declared.of(code, query.asOf(), query.knownAt()), all.moneyTotals()),
                by(query), breakdown(query, filtered),
                filters(query), query.asOf(), query.knownAt(), cells.lastChanged(code, query.knownAt()),
                parts.notKnown(new NotKnown("for this community", query).money("money", money)), null);
    }

    @Transactional
    RegionTotals computeRegion(TotalsQuery query) {
        List<CellValue> values = cells.read(null, query.asOf(), query.knownAt());
        CellSums all = new CellSums(values);
        CellSums filtered = all.money(query.section(), query.period());
        Map<String, CellSums> byCommunity = byCommunity(values);
        List<DeclaredFigure> communityFigures = declared.ofEveryCommunity(query.asOf(), query.knownAt());
        MoneyTotals money = filtered.moneyTotals();
        Parts parts = new Parts(all);
        Map<String, BigDecimal> localProgramme = new LinkedHashMap<>();
        byCommunity.forEach((code, sums) -> {
            BigDecimal assigned = Reconciler.localProgramme(sums.moneyTotals());
            if (assigned != null) {
                localProgramme.put(code, assigned);
            }
        });
        return new RegionTotals(territory.populationInCommunities(day(query)),
                money, parts.broadband, parts.cart, parts.paas, parts.rollout,
                Reconciler.region(declared.of(null, query.asOf(), query.knownAt()), table1Totals(communityFigures),
                        communityFigures.stream().filter(d -> TABLE1.equals(d.scope()) && d.fundingLineCode() != null)
                                .toList(),
                        localProgramme),
                by(query), breakdown(query, filtered),
                communityRows(byCommunity, communityFigures, query), reporting(byCommunity), filters(query),
                query.asOf(), query.knownAt(), cells.lastChanged(null, query.knownAt()),
                parts.notKnown(new NotKnown("in the region", query).money("money", money)), null);
    }

    @Transactional
    List<CommunityRow> computeCommunityRows(TotalsQuery query) {
        return communityRows(byCommunity(cells.read(null, query.asOf(), query.knownAt())),
                declared.ofEveryCommunity(query.asOf(), query.knownAt()), query);
    }

    /** The non-money parts of a read, and why any of them is null. */
    private static final class Parts {
        final PaasTotals paas;
        final BroadbandTotals broadband;
        final CartTotals cart;
        final RolloutTotals rollout;

        Parts(CellSums all) {
            paas = all.paas();
            broadband = all.broadband();
            cart = all.cart();
            rollout = all.rollout();
        }

        Map<String, String> notKnown(NotKnown reasons) {
            return reasons.part("paas", paas, "PAAS point").part("broadband", broadband, "broadband fact")
                    .part("cart", cart, "NAL node or InterPro status").rollout("rollout", rollout).reasons();
        }
    }

    private List<CommunityRow> communityRows(Map<String, CellSums> byCommunity, List<DeclaredFigure> figures,
            TotalsQuery query) {
        Map<String, List<DeclaredFigure>> figuresByCommunity = figures.stream()
                .collect(Collectors.groupingBy(DeclaredFigure::communityCode));
        List<ReplicaCommunity> communities = ReplicaCommunity.list("order by code");
        return communities.stream().map(community -> {
            CellSums sums = byCommunity.getOrDefault(community.code, new CellSums(List.of()));
            CellSums filtered = sums.money(query.section(), query.period());
            MoneyTotals money = filtered.moneyTotals();
            MoneyTotals unfiltered = sums.moneyTotals();
            PaasTotals paas = sums.paas();
            BroadbandTotals broadband = sums.broadband();
            List<DeclaredFigure> own = figuresByCommunity.getOrDefault(community.code, List.of());
            List<Reconciliation> reconciliation = Reconciler.community(own, unfiltered);
            BigDecimal localProgramme = Reconciler.localProgramme(unfiltered);
            BigDecimal table1 = table1Totals(own).stream().map(DeclaredFigure::amount).findFirst().orElse(null);
            BigDecimal table1Difference = table1 == null || localProgramme == null ? null : table1.subtract(localProgramme);
            Map<String, String> notKnown = new NotKnown("for this community", query).money("assigned", money)
                    .part("paasPoints", paas, "PAAS point").part("connectedToRegionalNetwork", broadband, "broadband fact")
                    .reasons();
            return new CommunityRow(community.code, community.name, community.kind, community.provinces,
                    money == null ? null : money.basis(), money == null ? null : money.assigned(),
                    money == null ? null : money.paid(), money == null ? null : money.toPay(),
                    localProgramme, Reconciler.territorialImpact(unfiltered), table1, table1Difference,
                    table1Difference != null && table1Difference.signum() != 0,
                    paas == null ? null : paas.points(), paas == null ? null : paas.activePoints(),
                    paas == null ? null : paas.registeredUsers(), paas == null ? null : paas.accesses(),
                    broadband == null ? null : broadband.connectedToRegionalNetwork(),
                    reconciliation.stream().filter(Reconciliation::flagged).count(), renamed(notKnown));
        }).toList();
    }

    /** A row's money reasons use the row's column names. */
    private static Map<String, String> renamed(Map<String, String> notKnown) {
        Map<String, String> result = new LinkedHashMap<>();
        notKnown.forEach((path, reason) -> result.put(path.replace("assigned.", ""), reason));
        return result;
    }

    private static Map<String, CellSums> byCommunity(List<CellValue> values) {
        Map<String, CellSums> result = new HashMap<>();
        values.stream().collect(Collectors.groupingBy(value -> value.cell().community()))
                .forEach((code, group) -> result.put(code, new CellSums(group)));
        return result;
    }

    /** How many communities have figures of each kind. */
    private static Map<String, Long> reporting(Map<String, CellSums> byCommunity) {
        Map<String, Long> result = new LinkedHashMap<>();
        List<CellSums> communities = byCommunity.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .map(Map.Entry::getValue).toList();
        result.put("money", communities.stream().filter(sums -> sums.moneyTotals() != null).count());
        result.put("paas", communities.stream().filter(sums -> sums.paas() != null).count());
        result.put("broadband", communities.stream().filter(sums -> sums.broadband() != null).count());
        result.put("cart", communities.stream().filter(sums -> sums.cart() != null).count());
        result.put("rollout", communities.stream().filter(sums -> sums.rollout() != null).count());
        return result;
    }

    private static List<DeclaredFigure> table1Totals(List<DeclaredFigure> figures) {
        return figures.stream().filter(d -> TABLE1.equals(d.scope()) && d.fundingLineCode() == null).toList();
    }

    /** The drill-down asked for, naming the municipalities its cells mention. */
    private static List<Breakdown> breakdown(TotalsQuery query, CellSums filtered) {
        if (query.by() == null) {
            return null;
        }
        List<String> codes = filtered.cells().stream().map(value -> value.cell().istatCode())
                .filter(code -> !code.isEmpty()).distinct().toList();
        List<ReplicaMunicipality> municipalities = codes.isEmpty() ? List.of()
                : ReplicaMunicipality.list("istatCode in ?1", codes);
        return Breakdowns.of(query.by(), filtered,
                municipalities.stream().collect(Collectors.toMap(m -> m.istatCode, m -> m.name)),
                municipalities.stream().filter(m -> m.province != null)
                        .collect(Collectors.toMap(m -> m.istatCode, m -> m.province)));
    }

    private static CommunityTotals.Municipality municipality(ReplicaMunicipality m) {
        return new CommunityTotals.Municipality(m.istatCode, m.name, m.province, m.population, m.populationDate);
    }

    private static List<String> provinces(ReplicaCommunity community) {
        return community.provinces == null || community.provinces.isEmpty() ? List.of()
                : Arrays.asList(community.provinces.split(","));
    }

    private static String by(TotalsQuery query) {
        return query.by() == null ? null : query.by().name().toLowerCase();
    }

    private static Filters filters(TotalsQuery query) {
        return query.section() == null && query.period() == null ? null : new Filters(query.section(), query.period());
    }

    /** Membership is resolved on the business date asked, or today. */
    private static LocalDate day(TotalsQuery query) {
        return query.asOf() == null ? LocalDate.now(BusinessDate.TUSCANY) : query.asOf();
    }
}
