package it.toscana.monitoring.system;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import it.toscana.monitoring.refdata.LoadSummary;
import it.toscana.monitoring.refdata.ReferenceDataLoader;
import it.toscana.monitoring.testsupport.TestDatabases;
import it.toscana.monitoring.testsupport.Tokens;

/**
 * The four packaged services as processes (each with its own fresh database named after
 * {@code prefix}) and reference-data/ loaded through the gateway's public API by the loader:
 * the system as {@code bin/local-stack start} runs it.
 */
final class ReferenceStack implements AutoCloseable {

    private final ServiceProcess territory;
    private final ServiceProcess funding;
    private final ServiceProcess deployment;
    private ServiceProcess gateway;
    private LoadSummary firstLoad;
    private LossyConnection faults;

    private ReferenceStack(ServiceProcess territory, ServiceProcess funding, ServiceProcess deployment) {
        this.territory = territory;
        this.funding = funding;
        this.deployment = deployment;
    }

    /** Starts the services and loads reference-data/; whatever did start is stopped again when a later step fails. */
    static ReferenceStack startAndLoad(String prefix) throws Exception {
        return startAndLoad(prefix, null);
    }

    /**
     * As {@link #startAndLoad(String)}, the first load going through {@code lossy} (given the gateway's URL) when
     * it is not null: a load over a connection that drops requests and loses answers.
     */
    static ReferenceStack startAndLoad(String prefix, LossyConnection.Factory lossy) throws Exception {
        CompletableFuture<ServiceProcess> t = start("territory-service", prefix + "_territory");
        CompletableFuture<ServiceProcess> f = start("funding-service", prefix + "_funding");
        CompletableFuture<ServiceProcess> d = start("deployment-service", prefix + "_deployment");
        CompletableFuture.allOf(t, f, d).exceptionally(failed -> null).join();
        ReferenceStack stack = new ReferenceStack(startedOrNull(t), startedOrNull(f), startedOrNull(d));
        try {
            t.join();
            f.join();
            d.join();
            stack.gateway = ServiceProcess.start("gateway", prefix + "_gateway", Map.of(
                    "GATEWAY_SERVICES_TERRITORY", stack.territory.baseUrl(),
                    "GATEWAY_SERVICES_FUNDING", stack.funding.baseUrl(),
                    "GATEWAY_SERVICES_DEPLOYMENT", stack.deployment.baseUrl()));
            if (lossy == null) {
                stack.firstLoad = stack.load();
            } else {
                try (LossyConnection connection = lossy.open(stack.gatewayUrl())) {
                    stack.firstLoad = stack.load(connection.url());
                    stack.faults = connection;
                }
            }
            return stack;
        } catch (Exception | Error failed) {
            stack.close();
            throw failed;
        }
    }

    /** Loads reference-data/ (again) through the gateway. */
    LoadSummary load() throws Exception {
        return load(gatewayUrl());
    }

    private LoadSummary load(String url) throws Exception {
        LoadSummary summary = ReferenceDataLoader.load(URI.create(url), dataset(), Tokens.regionAdmin());
        summary.print(System.out);
        return summary;
    }

    /**
     * What the services know after their Idempotency-Key retention (24 h) has passed: no key of any earlier
     * request. A load then can only find what it wrote by looking.
     */
    void forgetIdempotencyKeys() throws SQLException {
        for (ServiceProcess service : new ServiceProcess[] { territory, funding, deployment }) {
            try (Connection sql = DriverManager.getConnection(service.jdbcUrl(), TestDatabases.USER, TestDatabases.PASSWORD);
                    Statement forget = sql.createStatement()) {
                forget.executeUpdate("DELETE FROM idempotency_record");
            }
        }
    }

    /** The faults the first load met, when it went through a lossy connection. */
    LossyConnection firstLoadFaults() {
        return faults;
    }

    LoadSummary firstLoad() {
        return firstLoad;
    }

    String gatewayUrl() {
        return gateway.baseUrl();
    }

    static Path dataset() {
        return Path.of("..", "reference-data").toAbsolutePath().normalize();
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : new ServiceProcess[] { gateway, deployment, funding, territory }) {
            if (service != null) {
                service.close();
            }
        }
    }

    private static ServiceProcess startedOrNull(CompletableFuture<ServiceProcess> service) {
        return service.isCompletedExceptionally() ? null : service.join();
    }

    private static CompletableFuture<ServiceProcess> start(String module, String databasePrefix) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ServiceProcess.start(module, databasePrefix, Map.of());
            } catch (Exception e) {
                throw new IllegalStateException("could not start " + module, e);
            }
        });
    }
}
