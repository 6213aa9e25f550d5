package it.toscana.monitoring.gateway.totals;

import java.util.LinkedHashMap;
import java.util.Map;

import it.toscana.monitoring.gateway.totals.view.MoneyTotals;
import it.toscana.monitoring.gateway.totals.view.RolloutTotals;

/**
 * Why a figure is null: nothing of its kind is recorded (at the date and knowledge asked), or the level
 * it rests on does not know it. Keyed by the figure's path in the response.
 */
final class NotKnown {

    private final Map<String, String> reasons = new LinkedHashMap<>();
    private final String where;

    /** @param where e.g. "for this community", with the time axes of the read appended */
    NotKnown(String where, TotalsQuery query) {
        this.where = where + (query.asOf() == null ? "" : " on " + query.asOf())
                + (query.knownAt() == null ? "" : " as known at " + query.knownAt());
    }

    NotKnown money(String path, MoneyTotals money) {
        if (money == null) {
            reasons.put(path, "No allocation is recorded " + where + ".");
        } else if (money.paid() == null) {
            long lines = money.lineTotals();
            reasons.put(path + ".paid", "Payments are not known for " + lines + " of the " + money.allocations()
                    + " allocations (" + money.assigned().subtract(money.paymentsKnown().assigned()).toPlainString()
                    + " EUR assigned): they are funding-line totals from a summary table (Table 1), which prints"
                    + " assigned amounts only. paymentsKnown has the figures of the others.");
            reasons.put(path + ".toPay", "Follows from paid, which is not known (see " + path + ".paid).");
        }
        return this;
    }

    NotKnown part(String path, Object value, String things) {
        if (value == null) {
            reasons.put(path, "No " + things + " is recorded " + where + ".");
        }
        return this;
    }

    NotKnown rollout(String path, RolloutTotals rollout) {
        if (rollout == null) {
            return part(path, null, "telecentre, VoIP installation, FORe-gov adhesion, justice office or START, SUAP or URP adhesion");
        }
        part(path + ".telecentres", rollout.telecentres(), "telecentre")
                .part(path + ".voip", rollout.voip(), "VoIP installation")
                .part(path + ".foreGov", rollout.foreGov(), "FORe-gov adhesion")
                .part(path + ".justice", rollout.justice(), "justice office");
        RolloutTotals.ServiceAdhesions adhesions = rollout.serviceAdhesions();
        if (adhesions == null) {
            return part(path + ".serviceAdhesions", null, "START, SUAP or URP adhesion");
        }
        return part(path + ".serviceAdhesions.start", adhesions.start(), "START adhesion")
                .part(path + ".serviceAdhesions.suap", adhesions.suap(), "SUAP adhesion")
                .part(path + ".serviceAdhesions.urp", adhesions.urp(), "URP adhesion");
    }

    Map<String, String> reasons() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }
}
