package it.toscana.monitoring.events;

/** The full state of one aggregate as published: its key and a per-aggregate counter. */
public interface Versioned {

    /** The aggregate id; the event's subject and the Kafka record key. */
    String aggregateId();

    long version();
}
