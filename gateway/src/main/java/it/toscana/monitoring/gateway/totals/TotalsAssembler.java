package it.toscana.monitoring.gateway.totals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.toscana.monitoring.gateway.consume.ProjectionFeed;
import it.toscana.monitoring.gateway.projection.Cell;
import it.toscana.monitoring.gateway.projection.DeclaredTotal;
import it.toscana.monitoring.gateway.totals.Totals.Breakdown;
import it.toscana.monitoring.gateway.totals.Totals.CommunityRow;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.territory.ReplicaCommunity;
import it.toscana.monitoring.platform.territory.ReplicaMunicipality;
import it.toscana.monitoring.platform.territory.TerritoryReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Builds the totals responses from the maintained cells, the territory replica and the declared figures. */
@ApplicationScoped
public class TotalsAssembler {

    static final ZoneId TUSCANY = ZoneId.of("Europe/Rome");

    @Inject
    TotalCells cells;

    @Inject
    TerritoryReplica territory;

    @Inject
    ProjectionFeed feed;

    @Inject
    TotalsCache cache;

    /** What one cached answer was computed for; membership is resolved on {@code day}. */
    private record Read(String kind, String community, TotalsQuery query, LocalDate day) {
    }

    public Totals community(String code, TotalsQuery query) {
        return cache.get(new Read("community", code, query, day(query)), () -> computeCommunity(code, query))
                .withLagByTopic(feed.lagByTopic());
    }

    public Totals region(TotalsQuery query) {
        return cache.get(new Read("region", null, query, day(query)), () -> computeRegion(query))
                .withLagByTopic(feed.lagByTopic());
    }

    /** One row per community (known from the territory register or from its figures), for a dashboard table. */
    public List<CommunityRow> communityRows(TotalsQuery query) {
        return cache.get(new Read("rows", null, query, day(query)), () -> computeCommunityRows(query));
    }

    @Transactional
    Totals computeCommunity(String code, TotalsQuery query) {
        ReplicaCommunity community = territory.community(code)
                .orElseThrow(() -> ProblemException.notFound("No community with code " + code + "."));
        List<CellRow> rows = cells.read(code, query.asOf());
        CellSums all = sums(rows);
        CellSums filtered = all.money(query.section(), query.period());
        List<Totals.Municipality> municipalities = territory.municipalitiesOf(code, day(query)).stream()
                .map(TotalsAssembler::municipality).toList();
        return new Totals(
                new Totals.Community(community.code, community.name, community.kind, provinces(community),
                        community.version),
                municipalities,
                municipalities.stream().map(Totals.Municipality::population).filter(Objects::nonNull)
                        .mapToLong(Integer::longValue).sum(),
                filtered.moneyTotals(), all.broadband(), all.cart(), all.paas(),
                Reconciler.community(DeclaredTotal.of(code), all.moneyTotals()),
                by(query), breakdown(filtered, query, rows),
                null, filters(query), query.asOf(), cells.lastChanged(code, query.asOf()), null);
    }

    @Transactional
    Totals computeRegion(TotalsQuery query) {
        List<CellRow> rows = cells.read(null, query.asOf());
        CellSums all = sums(rows);
        CellSums filtered = all.money(query.section(), query.period());
        return new Totals(null, null, territory.populationInCommunities(day(query)),
                filtered.moneyTotals(), all.broadband(), all.cart(), all.paas(),
                Reconciler.region(DeclaredTotal.of(null), DeclaredTotal.table1CommunityTotals()),
                by(query), breakdown(filtered, query, rows),
                communityRows(rows), filters(query), query.asOf(), cells.lastChanged(null, query.asOf()), null);
    }

    @Transactional
    List<CommunityRow> computeCommunityRows(TotalsQuery query) {
        return communityRows(cells.read(null, query.asOf()));
    }

    private List<CommunityRow> communityRows(List<CellRow> rows) {
        Map<String, CellSums> byCommunity = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(CellRow::communityCode))
                .forEach((code, group) -> byCommunity.put(code, sums(group)));
        List<ReplicaCommunity> communities = ReplicaCommunity.list("order by code");
        return communities.stream().map(community -> {
            CellSums sums = byCommunity.getOrDefault(community.code, new CellSums(List.of()));
            Totals.MoneyTotals money = sums.moneyTotals();
            Totals.PaasTotals paas = sums.paas();
            long flagged = Reconciler.community(DeclaredTotal.of(community.code), money).stream()
                    .filter(Totals.Reconciliation::flagged).count();
            return new CommunityRow(community.code, community.name, community.kind, community.provinces,
                    money.assigned(), money.paid(), money.toPay(), sectionAssigned(money, "LOCAL_PROGRAMME"),
                    sectionAssigned(money, "TERRITORIAL_IMPACT"), paas.points(), paas.registeredUsers(),
                    paas.accesses(), sums.broadband().connectedToRegionalNetwork(), flagged);
        }).toList();
    }

    private List<Breakdown> breakdown(CellSums filtered, TotalsQuery query, List<CellRow> rows) {
        if (query.by() == null) {
            return null;
        }
        return switch (query.by()) {
            case LINE -> moneyBreakdown(filtered, Cell::line);
            case CATEGORY -> moneyBreakdown(filtered, Cell::category);
            case MUNICIPALITY -> filtered.filter(cell -> !cell.istatCode().isEmpty()).groupBy(Cell::istatCode)
                    .entrySet().stream()
                    .map(e -> new Breakdown(e.getKey(), null, e.getValue().paas(), e.getValue().broadband()))
                    .toList();
            case PROVINCE -> provinceBreakdown(rows, query);
        };
    }

    private static List<Breakdown> moneyBreakdown(CellSums filtered, Function<Cell, String> dimension) {
        return filtered.family(Cell.MONEY).filter(cell -> !dimension.apply(cell).isEmpty()).groupBy(dimension)
                .entrySet().stream()
                .map(e -> new Breakdown(e.getKey(), e.getValue().money(), null, null))
                .toList();
    }

    /** A community spanning two provinces (Colline Metallifere: GR, LI) is its own key "GR,LI". */
    private List<Breakdown> provinceBreakdown(List<CellRow> rows, TotalsQuery query) {
        Map<String, String> provinceOf = new HashMap<>();
        ReplicaCommunity.<ReplicaCommunity>listAll()
                .forEach(c -> provinceOf.put(c.code, c.provinces == null ? "" : c.provinces));
        return rows.stream()
                .collect(Collectors.groupingBy(row -> provinceOf.getOrDefault(row.communityCode(), ""),
                        TreeMap::new, Collectors.mapping(CellRow::cell,
                                Collectors.toList())))
                .entrySet().stream()
                .map(e -> {
                    CellSums group = new CellSums(e.getValue()).money(query.section(), query.period());
                    return new Breakdown(e.getKey(), group.money(), group.paas(), group.broadband());
                })
                .toList();
    }

    private static BigDecimal sectionAssigned(Totals.MoneyTotals money, String section) {
        Totals.Money inSection = money.bySection().get(section);
        return inSection == null ? BigDecimal.valueOf(0, 2) : inSection.assigned();
    }

    private static CellSums sums(List<CellRow> rows) {
        return new CellSums(rows.stream().map(CellRow::cell).toList());
    }

    private static Totals.Municipality municipality(ReplicaMunicipality m) {
        return new Totals.Municipality(m.istatCode, m.name, m.province, m.population, m.populationDate);
    }

    private static List<String> provinces(ReplicaCommunity community) {
        return community.provinces == null || community.provinces.isEmpty() ? List.of()
                : Arrays.asList(community.provinces.split(","));
    }

    private static String by(TotalsQuery query) {
        return query.by() == null ? null : query.by().name().toLowerCase();
    }

    private static Totals.Filters filters(TotalsQuery query) {
        return query.section() == null && query.period() == null ? null
                : new Totals.Filters(query.section(), query.period());
    }

    /** Membership is resolved on the as-of day, or today. */
    private static LocalDate day(TotalsQuery query) {
        return query.asOf() == null ? LocalDate.now(TUSCANY) : query.asOf().minusNanos(1).atZone(TUSCANY).toLocalDate();
    }
}
