package it.toscana.monitoring.platform.territory;

/**
 * Fired by {@link TerritoryReplica} after it applied a change to a municipality or to one of its
 * memberships, synchronously and inside the transaction that applied it: "which community is this
 * municipality in" may answer differently now. An observer that stored something derived from the
 * old answer can correct it in the same transaction, so both commit (or retry) together.
 */
public record MunicipalityMembershipChanged(String istatCode) {
}
