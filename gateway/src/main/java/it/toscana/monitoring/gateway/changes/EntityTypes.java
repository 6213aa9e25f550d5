package it.toscana.monitoring.gateway.changes;

import java.util.Map;
import java.util.Set;

import it.toscana.monitoring.platform.problem.ProblemException;

/**
 * The feed's entity types (the event type's aggregate, e.g. {@code allocation} for
 * {@code it.toscana.monitoring.funding.allocation.upserted.v2}) and the collection that serves each one's
 * current state.
 */
public final class EntityTypes {

    private static final Map<String, String> COLLECTIONS = Map.ofEntries(
            Map.entry("community", "communities"), Map.entry("municipality", "municipalities"),
            Map.entry("membership", "memberships"), Map.entry("place", "places"),
            Map.entry("allocation", "allocations"), Map.entry("payment", "payments"),
            Map.entry("funding-line", "funding-lines"), Map.entry("call", "calls"),
            Map.entry("co-financing-project", "co-financing-projects"), Map.entry("declared-total", "declared-totals"),
            Map.entry("mandatory-requirement", "mandatory-requirements"), Map.entry("requirement-status", "requirement-statuses"),
            Map.entry("broadband", "broadband"), Map.entry("community-broadband", "community-broadband"),
            Map.entry("paas-point", "paas-points"), Map.entry("nal-node", "nal-nodes"),
            Map.entry("interpro", "interpro-statuses"), Map.entry("telecentre", "telecentres"),
            Map.entry("voip-installation", "voip-installations"), Map.entry("fore-gov-adhesion", "fore-gov-adhesions"),
            Map.entry("justice-office", "justice-offices"), Map.entry("service-adhesion", "service-adhesions"),
            Map.entry("import-job", "import-jobs"));

    public static final Set<String> ALL = COLLECTIONS.keySet();

    private EntityTypes() {
    }

    /** {@code allocation} for {@code it.toscana.monitoring.funding.allocation}. */
    public static String of(String aggregateType) {
        return aggregateType.substring(aggregateType.lastIndexOf('.') + 1);
    }

    /** The path of the entity's current state, or null for a type no collection serves. */
    public static String link(String type, String id) {
        String collection = COLLECTIONS.get(type);
        return collection == null ? null : "/api/v1/" + collection + "/" + id;
    }

    /** {@code ?types=allocation,payment} as a set; empty (all types) when absent; 400 naming an unknown type. */
    public static Set<String> parse(String types) {
        if (types == null || types.isBlank()) {
            return Set.of();
        }
        Set<String> parsed = Set.of(types.split("\\s*,\\s*"));
        for (String type : parsed) {
            if (!ALL.contains(type)) {
                throw ProblemException.invalidField("types", "unknown type '" + type + "'; known: " + String.join(", ", ALL.stream().sorted().toList()));
            }
        }
        return parsed;
    }
}
