package it.toscana.monitoring.platform.security;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Which writes need which role. Reads are public; every write (POST, PUT, PATCH, DELETE) under a
 * guarded path needs a bearer JWT. {@code region-admin} may write everything; the other roles
 * only under the paths a service lists for them.
 */
@ConfigMapping(prefix = "platform.security")
public interface SecurityConfig {

    /** Writes under these paths need a token (the gateway guards only its own admin paths). */
    @WithDefault("/api/v1")
    List<String> guardedPaths();

    /** Paths {@code erp-integration} may write (allocations, payments, their bulk calls and import jobs). */
    @WithDefault("none")
    List<String> erpPaths();

    /** Paths {@code community-operator} may write; the object's community is checked by the service. */
    @WithDefault("none")
    List<String> operatorPaths();
}
