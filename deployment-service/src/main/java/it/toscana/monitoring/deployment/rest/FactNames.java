package it.toscana.monitoring.deployment.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** How a {@link FactResource}'s OpenAPI texts name its facts: one, and many. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FactNames {

    String one();

    String many();
}
