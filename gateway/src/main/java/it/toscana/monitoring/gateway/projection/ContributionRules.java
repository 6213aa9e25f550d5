package it.toscana.monitoring.gateway.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.toscana.monitoring.events.deployment.BroadbandStateV2;
import it.toscana.monitoring.events.deployment.BroadbandStateV3;
import it.toscana.monitoring.events.deployment.ForeGovAdhesionStateV2;
import it.toscana.monitoring.events.deployment.ServiceAdhesionState;
import it.toscana.monitoring.events.deployment.InterProStateV2;
import it.toscana.monitoring.events.deployment.JusticeOfficeState;
import it.toscana.monitoring.events.deployment.JusticeOfficeStateV2;
import it.toscana.monitoring.events.deployment.NalNodeStateV2;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.deployment.PaasPointStateV2;
import it.toscana.monitoring.events.deployment.TelecentreStateV2;
import it.toscana.monitoring.events.deployment.VoipInstallationStateV2;
import it.toscana.monitoring.events.funding.AllocationState;
import it.toscana.monitoring.events.funding.AllocationStateV2;
import it.toscana.monitoring.events.funding.AllocationStateV2.Detail;
import it.toscana.monitoring.events.funding.AllocationStateV2.MunicipalityShare;
import it.toscana.monitoring.events.funding.AllocationStateV2.PaymentEntry;
import it.toscana.monitoring.events.funding.AllocationStateV2.ShareRule;

/**
 * How each kind of aggregate counts in the totals, over business time: a pure function of its full
 * state, so a rebuild from the topics gives the same cells.
 */
public final class ContributionRules {

    /** The share status of money that goes to one municipality whole: exact, whatever the rule. */
    public static final String WHOLE = "WHOLE";

    private ContributionRules() {
    }

    /**
     * The amount assigned from the act's date, the amount committed from the commitment's date (else the act's),
     * each payment from its date (paid up, to pay down; a correcting entry's negative amount down), and the
     * same money split over the municipalities it names. A line total (Table 1) has no known payments:
     * its assigned amount is counted as such, and nothing as paid or to pay.
     */
    public static Contribution allocation(AllocationStateV2 a) {
        Cell money = new Cell(community(a.communityCode()), Family.MONEY, text(a.section()), a.programmePeriod(),
                a.fundingLineCode(), text(a.category()), "", "", Measure.ASSIGNED);
        List<Segment> segments = new ArrayList<>();
        LocalDate assignedOn = a.assignedOn();
        segments.add(Segment.from(assignedOn, money.withMeasure(Measure.ALLOCATIONS), BigDecimal.ONE));
        money(segments, money, a, a.amountAssigned(), payments(a), assignedOn);
        if (a.commitment() != null) {
            LocalDate committedOn = a.commitment().date() == null ? assignedOn : a.commitment().date();
            segments.add(Segment.from(committedOn, money.withMeasure(Measure.COMMITTED), a.commitment().amount()));
        }
        if (a.detail() == Detail.LINE_TOTAL) {
            segments.add(Segment.from(assignedOn, money.withMeasure(Measure.LINE_TOTALS), BigDecimal.ONE));
        }
        List<MunicipalityShare> shares = a.municipalityShares() == null ? List.of() : a.municipalityShares();
        if (shares.isEmpty()) {
            money(segments, share(money, "", ShareRule.NONE.name()), a, a.amountAssigned(), payments(a), assignedOn);
        } else {
            String rule = shares.size() == 1 ? WHOLE : a.shareRule().name();
            Map<String, BigDecimal> assigned = Shares.split(a.amountAssigned(), shares);
            assigned.forEach((istat, part) -> money(segments, share(money, istat, rule), a, part,
                    List.of(), assignedOn));
            for (PaymentEntry payment : payments(a)) {
                Shares.split(payment.amount(), shares).forEach((istat, part) -> paid(segments,
                        share(money, istat, rule), payment.date(), part));
            }
        }
        return new Contribution.WholeHistory(segments);
    }

    /**
     * An allocation published before business time: with its act's date, as a v2 one; without, it holds
     * from the day of its event, as a state "since" then, so successive versions keep their history.
     */
    public static Contribution allocation(AllocationState v1, LocalDate recordedOn) {
        Contribution contribution = allocation(AllocationStateV2.of(v1, recordedOn));
        return v1.assignedOn() != null ? contribution
                : new Contribution.StateSince(recordedOn, ((Contribution.WholeHistory) contribution).segments());
    }

    /**
     * A point counts in each status over the time it had it; its users and accesses are cumulative
     * figures that hold from each report's period end until the next report.
     */
    public static Contribution paasPoint(PaasPointStateV2 p) {
        String community = community(p.communityCode());
        List<Segment> segments = new ArrayList<>();
        List<PaasPointStateV2.StatusPeriod> statuses = p.statusHistory();
        for (int i = 0; i < statuses.size(); i++) {
            LocalDate until = i + 1 < statuses.size() ? statuses.get(i + 1).since() : null;
            Cell points = Cell.of(community, Family.PAAS, p.istatCode(), statuses.get(i).status(), Measure.POINTS);
            segments.add(new Segment(points, statuses.get(i).since(), until, BigDecimal.ONE));
        }
        List<PaasPointStateV2.UsageFigure> usage = p.usageHistory();
        for (int i = 0; i < usage.size(); i++) {
            PaasPointStateV2.UsageFigure figure = usage.get(i);
            LocalDate until = i + 1 < usage.size() ? usage.get(i + 1).periodEnd() : null;
            Cell users = Cell.of(community, Family.PAAS, p.istatCode(), "", Measure.REGISTERED_USERS);
            segments.add(new Segment(users, figure.periodEnd(), until, BigDecimal.valueOf(figure.registeredUsers())));
            segments.add(new Segment(users.withMeasure(Measure.ACCESSES), figure.periodEnd(), until,
                    BigDecimal.valueOf(figure.accesses())));
            segments.add(new Segment(users.withMeasure(Measure.PARTIAL_POINTS), figure.periodEnd(), until,
                    figure.partial() ? BigDecimal.ONE : BigDecimal.ZERO));
        }
        segments.removeIf(Segment::isEmpty);
        return new Contribution.WholeHistory(segments);
    }

    /** A point published before business time: its status and usage hold from the day of its event. */
    public static Contribution paasPoint(PaasPointState v1, LocalDate recordedOn) {
        Contribution contribution = paasPoint(PaasPointStateV2.of(v1, recordedOn));
        List<Segment> segments = ((Contribution.WholeHistory) contribution).segments().stream()
                .map(segment -> segment.from().isBefore(recordedOn) ? new Segment(segment.cell(), recordedOn, null,
                        segment.value()) : segment)
                .toList();
        return new Contribution.StateSince(recordedOn, segments);
    }

    /** Coverage counts under its own value (NOT_IN_INTERVENTION too); connected by RTRT or by active fibre. */
    public static Contribution broadband(BroadbandStateV3 b) {
        boolean connected = b.paConnection() != null && b.paConnection().status() == BroadbandStateV2.ConnectionStatus.ACTIVE
                || b.fibreRtrt3() != null && b.fibreRtrt3().status() == BroadbandStateV2.FibreStatus.ACTIVE;
        String community = community(b.communityCode());
        return since(b.since(),
                count(Cell.of(community, Family.BROADBAND, b.istatCode(), b.coverage(), Measure.MUNICIPALITIES), 1),
                count(Cell.of(community, Family.BROADBAND, b.istatCode(), "", Measure.CONNECTED_TO_REGIONAL_NETWORK),
                        connected ? 1 : 0),
                count(Cell.of(community, Family.BROADBAND, b.istatCode(), "", Measure.UNSERVABLE_USERS),
                        b.unservableUsers()));
    }

    public static Contribution nalNode(NalNodeStateV2 n) {
        Cell node = Cell.of(community(n.communityCode()), Family.CART, n.hostIstatCode(), "NAL", Measure.NAL_HOSTED);
        return since(n.since(),
                count(node, 1),
                count(node.withMeasure(Measure.NAL_USERS), n.userEntities() == null ? 0 : n.userEntities().size()));
    }

    public static Contribution interPro(InterProStateV2 i) {
        Cell entity = Cell.of(community(i.communityCode()), Family.CART,
                i.istatCode(), i.status(), Measure.INTERPRO_ENTITIES);
        return since(i.since(),
                count(entity, 1),
                count(entity.withMeasure(Measure.INTERPRO_MESSAGES), i.messagesExchanged()));
    }

    public static Contribution telecentre(TelecentreStateV2 t) {
        Cell telecentre = Cell.of(community(t.communityCode()), Family.ROLLOUT,
                t.istatCode(), t.status(), Measure.TELECENTRES);
        return since(t.since(),
                count(telecentre, 1),
                count(telecentre.withMeasure(Measure.WORKSTATIONS), t.workstations()),
                count(telecentre.withMeasure(Measure.TEACHER_WORKSTATIONS), t.teacherWorkstations()),
                count(telecentre.withMeasure(Measure.JOBS_CREATED), t.jobsCreated()),
                count(telecentre.withMeasure(Measure.JOBS_TARGET), t.jobsTarget()));
    }

    public static Contribution voip(VoipInstallationStateV2 v) {
        Cell installation = Cell.of(community(v.communityCode()), Family.ROLLOUT,
                v.istatCode(), v.status(), Measure.VOIP_INSTALLATIONS);
        return since(v.since(),
                count(installation, 1),
                count(installation.withMeasure(Measure.SWITCHBOARDS), v.switchboards()),
                count(installation.withMeasure(Measure.TERMINALS), v.terminals()));
    }

    public static Contribution foreGov(ForeGovAdhesionStateV2 f) {
        Cell adhesion = Cell.of(community(f.communityCode()), Family.ROLLOUT,
                f.istatCode(), f.status(), Measure.FORE_GOV_ADHESIONS);
        return since(f.since(),
                count(adhesion, 1),
                count(adhesion.withMeasure(Measure.MANAGERS_TRAINED), f.managers()),
                count(adhesion.withMeasure(Measure.EMPLOYEES_TRAINED), f.employees()));
    }

    /** The office names the cell (its {@code line}): a court serving several communities counts once in the region. */
    public static Contribution justiceOffice(JusticeOfficeStateV2 j) {
        Cell office = new Cell(community(j.communityCode()), Family.ROLLOUT, "", "", j.office(), "", j.istatCode(),
                text(j.status()), Measure.JUSTICE_OFFICES);
        return since(j.since(),
                count(office, 1),
                count(office.withMeasure(Measure.ACTIVE_JUSTICE_OFFICES), j.status() == JusticeOfficeState.Status.ACTIVE ? 1 : 0),
                count(office.withMeasure(Measure.JUSTICE_ACCESSES), j.accesses()));
    }

    /** The service names the cell (its {@code line}), so START, SUAP and URP adhesions are counted apart. */
    public static Contribution serviceAdhesion(ServiceAdhesionState a) {
        Cell adhesion = new Cell(community(a.communityCode()), Family.ROLLOUT, "", "", text(a.service()), "", a.istatCode(),
                text(a.status()), Measure.SERVICE_ADHESIONS);
        return since(a.since(),
                count(adhesion, 1),
                count(adhesion.withMeasure(Measure.SERVICE_STAFF_TRAINED), Boolean.TRUE.equals(a.staffTrained()) ? 1 : 0));
    }

    /** Counts that hold from the state's date on. */
    private static Contribution since(LocalDate since, Count... counts) {
        List<Segment> segments = new ArrayList<>();
        for (Count count : counts) {
            Segment segment = Segment.from(since, count.cell(), count.value());
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return new Contribution.StateSince(since, List.copyOf(segments));
    }

    private record Count(Cell cell, BigDecimal value) {
    }

    private static Count count(Cell cell, Number value) {
        return new Count(cell, value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()));
    }

    private static void money(List<Segment> segments, Cell cell, AllocationStateV2 a, BigDecimal assigned,
            List<PaymentEntry> payments, LocalDate assignedOn) {
        segments.add(Segment.from(assignedOn, cell, assigned));
        if (a.detail() == Detail.LINE_TOTAL) {
            segments.add(Segment.from(assignedOn, cell.withMeasure(Measure.ASSIGNED_PAYMENTS_UNKNOWN), assigned));
            return;
        }
        segments.add(Segment.from(assignedOn, cell.withMeasure(Measure.TO_PAY), assigned));
        payments.forEach(payment -> paid(segments, cell, payment.date(), payment.amount()));
    }

    private static void paid(List<Segment> segments, Cell cell, LocalDate on, BigDecimal amount) {
        segments.add(Segment.from(on, cell.withMeasure(Measure.PAID), amount));
        segments.add(Segment.from(on, cell.withMeasure(Measure.TO_PAY), amount.negate()));
    }

    private static List<PaymentEntry> payments(AllocationStateV2 a) {
        return a.detail() == Detail.LINE_TOTAL || a.payments() == null ? List.of() : a.payments();
    }

    private static Cell share(Cell money, String istatCode, String rule) {
        return new Cell(money.community(), Family.MONEY_SHARE, money.section(), money.period(), money.line(),
                money.category(), istatCode, rule, Measure.ASSIGNED);
    }

    private static String community(String code) {
        return code == null ? Contribution.UNATTRIBUTED : code;
    }

    private static String text(Object value) {
        return Cell.text(value);
    }
}
