package it.toscana.monitoring.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Installs {@link AdminTokenFilter} before each {@code @QuarkusTest} method. */
public class AdminTokenCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        AdminTokenFilter.install();
    }
}
