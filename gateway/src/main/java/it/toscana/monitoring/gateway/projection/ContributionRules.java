package it.toscana.monitoring.gateway.projection;

import static it.toscana.monitoring.gateway.projection.Cell.dimension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import it.toscana.monitoring.events.deployment.BroadbandStateV2;
import it.toscana.monitoring.events.deployment.InterProState;
import it.toscana.monitoring.events.deployment.NalNodeState;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.funding.AllocationState;

/** How each kind of aggregate counts in the totals: a pure function of its full state. */
public final class ContributionRules {

    private ContributionRules() {
    }

    public static Contribution allocation(AllocationState a) {
        List<Cell> cells = new ArrayList<>();
        String section = dimension(a.section());
        String period = dimension(a.programmePeriod());
        String line = dimension(a.fundingLineCode());
        String category = dimension(a.category());
        cells.add(new Cell(Cell.MONEY, section, period, line, category, "", "", "assigned", a.amountAssigned()));
        cells.add(new Cell(Cell.MONEY, section, period, line, category, "", "", "paid", a.amountPaid()));
        cells.add(new Cell(Cell.MONEY, section, period, line, category, "", "", "toPay", a.amountToPay()));
        cells.add(new Cell(Cell.MONEY, section, period, line, category, "", "", "allocations", BigDecimal.ONE));
        return new Contribution(community(a.communityCode()), cells);
    }

    public static Contribution paasPoint(PaasPointState p) {
        String istat = dimension(p.istatCode());
        String status = dimension(p.status());
        return new Contribution(community(p.communityCode()), List.of(
                count(Cell.PAAS, istat, status, "points", 1),
                count(Cell.PAAS, istat, status, "registeredUsers", p.registeredUsers()),
                count(Cell.PAAS, istat, status, "accesses", p.accesses()),
                count(Cell.PAAS, istat, status, "partialPoints", p.partial() ? 1 : 0)));
    }

    /** Coverage counts under its own value (NOT_IN_INTERVENTION too); connected by RTRT or by active fibre. */
    public static Contribution broadband(BroadbandStateV2 b) {
        String istat = dimension(b.istatCode());
        boolean connected = b.paConnection() != null && b.paConnection().status() == BroadbandStateV2.ConnectionStatus.ACTIVE
                || b.fibreRtrt3() != null && b.fibreRtrt3().status() == BroadbandStateV2.FibreStatus.ACTIVE;
        return new Contribution(community(b.communityCode()), List.of(
                count(Cell.BROADBAND, istat, dimension(b.coverage()), "municipalities", 1),
                count(Cell.BROADBAND, istat, "", "connectedToRegionalNetwork", connected ? 1 : 0),
                count(Cell.BROADBAND, istat, "", "unservableUsers", b.unservableUsers() == null ? 0 : b.unservableUsers())));
    }

    public static Contribution nalNode(NalNodeState n) {
        int users = n.userEntities() == null ? 0 : n.userEntities().size();
        return new Contribution(community(n.communityCode()), List.of(
                count(Cell.CART, dimension(n.hostIstatCode()), "NAL", "nalHosted", 1),
                count(Cell.CART, dimension(n.hostIstatCode()), "NAL", "nalUsers", users)));
    }

    public static Contribution interPro(InterProState i) {
        String istat = dimension(i.istatCode());
        String status = dimension(i.status());
        return new Contribution(community(i.communityCode()), List.of(
                count(Cell.CART, istat, status, "interProEntities", 1),
                count(Cell.CART, istat, status, "interProMessages", i.messagesExchanged())));
    }

    private static Cell count(String family, String istat, String status, String measure, long value) {
        return new Cell(family, "", "", "", "", istat, status, measure, BigDecimal.valueOf(value));
    }

    private static String community(String code) {
        return code == null ? Contribution.UNATTRIBUTED : code;
    }
}
