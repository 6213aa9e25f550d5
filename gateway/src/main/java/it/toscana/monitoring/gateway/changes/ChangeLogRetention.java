package it.toscana.monitoring.gateway.changes;

import it.toscana.monitoring.platform.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The change log's retention window, applied by the platform's retention purge. */
@ApplicationScoped
public class ChangeLogRetention implements RetentionRule {

    @Inject
    ChangeLogStore store;

    @Inject
    ChangesConfig config;

    @Override
    public String what() {
        return "change-log rows";
    }

    @Override
    public int purge() {
        return store.purge(config.retention().toSeconds());
    }
}
