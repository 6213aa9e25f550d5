package it.toscana.monitoring.deployment.service;

/** The filters every collection takes: community code, municipality ISTAT code, status (all optional). */
public record FactFilter(String community, String municipality, String status) {
}
