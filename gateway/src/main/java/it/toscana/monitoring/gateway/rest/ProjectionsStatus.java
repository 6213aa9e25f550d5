package it.toscana.monitoring.gateway.rest;

import java.util.Map;

/** Whether a rebuild is pending, and the records published but not yet applied, per topic. */
public record ProjectionsStatus(boolean rebuildPending, Map<String, Long> lagByTopic) {
}
