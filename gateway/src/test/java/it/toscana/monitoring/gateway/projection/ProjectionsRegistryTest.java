package it.toscana.monitoring.gateway.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.funding.FundingEvents;

/** Every event type the services publish is projected, or said not to be: none is forgotten. */
class ProjectionsRegistryTest {

    @Test
    void everyFundingAndDeploymentEventTypeIsAccountedFor() throws IllegalAccessException {
        List<String> unaccounted = new ArrayList<>();
        for (Class<?> types : List.of(FundingEvents.class, DeploymentEvents.class)) {
            for (Field field : types.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                    String type = (String) field.get(null);
                    if (!Projections.CONTRIBUTIONS.containsKey(type) && !Projections.DECLARED.containsKey(type)
                            && !Projections.NOT_PROJECTED.contains(type)) {
                        unaccounted.add(type);
                    }
                }
            }
        }
        assertEquals(List.of(), unaccounted);
    }
}
