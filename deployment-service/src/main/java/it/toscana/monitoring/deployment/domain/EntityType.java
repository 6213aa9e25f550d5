package it.toscana.monitoring.deployment.domain;

/** The kind of public body a rollout fact is about. */
public enum EntityType {
    COMMUNITY, MUNICIPALITY, PROVINCE, OTHER
}
