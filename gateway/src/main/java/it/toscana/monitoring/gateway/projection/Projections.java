package it.toscana.monitoring.gateway.projection;

import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.platform.territory.TerritoryReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Routes each event to the projection of its topic; runs inside the consumer's transaction. */
@ApplicationScoped
public class Projections {

    @Inject
    TerritoryReplica territory;

    public void apply(String topic, CloudEvent event) {
        if (Topics.TERRITORY.equals(topic)) {
            territory.apply(event);
        }
    }

    public void reset() {
        territory.reset();
    }
}
