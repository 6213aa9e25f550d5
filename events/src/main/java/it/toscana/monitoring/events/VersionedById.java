package it.toscana.monitoring.events;

/** A {@link Versioned} state whose aggregate id is its own {@code id}, as most are. */
public interface VersionedById extends Versioned {

    String id();

    @Override
    default String aggregateId() {
        return id();
    }
}
