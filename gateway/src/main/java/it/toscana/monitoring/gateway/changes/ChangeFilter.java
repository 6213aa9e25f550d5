package it.toscana.monitoring.gateway.changes;

import java.util.Set;

/** Which changes a reader wants: some entity types (all when empty) and one community (all when null). */
public record ChangeFilter(Set<String> types, String community) {

    public static final ChangeFilter ALL = new ChangeFilter(Set.of(), null);

    public static ChangeFilter of(String types, String community) {
        return new ChangeFilter(EntityTypes.parse(types), community == null || community.isBlank() ? null : community);
    }

    public boolean matches(ChangeEntry change) {
        return (types.isEmpty() || types.contains(change.type()))
                && (community == null || change.communities().contains(community));
    }
}
