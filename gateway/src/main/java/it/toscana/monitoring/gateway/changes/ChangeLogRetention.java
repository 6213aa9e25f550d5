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

    @Inject
    ChangeFeedReader reader;

    @Override
    public String what() {
        return "change-log rows";
    }

    @Override
    public int purge() {
        int purged = store.purge(config.retention().toSeconds());
        reader.head(); // the new purge mark, for streams resuming from now on
        return purged;
    }
}
