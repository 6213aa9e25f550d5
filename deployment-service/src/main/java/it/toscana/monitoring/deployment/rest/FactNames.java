package it.toscana.monitoring.deployment.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a {@link FactResource}'s OpenAPI texts name its facts: one, and many; and how its operation
 * ids do ({@code getNalNode}, {@code listNalNodes}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FactNames {

    String one();

    String many();

    /** The noun of the operation ids on one fact, e.g. {@code NalNode}. */
    String idOne();

    /** The noun of the operation id listing them, e.g. {@code NalNodes}. */
    String idMany();
}
