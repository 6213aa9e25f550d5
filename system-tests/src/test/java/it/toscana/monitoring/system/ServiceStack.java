package it.toscana.monitoring.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The three services (started side by side) and the gateway in front of them, as packaged processes. */
final class ServiceStack implements AutoCloseable {

    private final List<ServiceProcess> started = new ArrayList<>();
    private ServiceProcess gateway;

    /**
     * @param databasePrefix each service's database and log are named after it and the service
     * @param env            for every process (e.g. the broker's address)
     * @param gatewayEnv     for the gateway only
     */
    static ServiceStack start(String databasePrefix, Map<String, String> env, Map<String, String> gatewayEnv) {
        ServiceStack stack = new ServiceStack();
        try {
            List<CompletableFuture<ServiceProcess>> starting = new ArrayList<>();
            for (String module : List.of("territory-service", "funding-service", "deployment-service")) {
                starting.add(CompletableFuture.supplyAsync(() -> start(module, databasePrefix, env)));
            }
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).exceptionally(failed -> null).join();
            // keep what did start, so that close() stops it even when another service failed
            starting.stream().filter(s -> !s.isCompletedExceptionally()).forEach(s -> stack.started.add(s.join()));
            starting.forEach(CompletableFuture::join);
            Map<String, String> front = new HashMap<>(env);
            front.putAll(gatewayEnv);
            front.put("GATEWAY_SERVICES_TERRITORY", stack.started.get(0).baseUrl());
            front.put("GATEWAY_SERVICES_FUNDING", stack.started.get(1).baseUrl());
            front.put("GATEWAY_SERVICES_DEPLOYMENT", stack.started.get(2).baseUrl());
            stack.gateway = start("gateway", databasePrefix, front);
            stack.started.add(stack.gateway);
            return stack;
        } catch (RuntimeException failed) {
            stack.close();
            throw failed;
        }
    }

    ServiceProcess gateway() {
        return gateway;
    }

    /** funding-service, the owner of the money. */
    ServiceProcess funding() {
        return started.get(1);
    }

    @Override
    public void close() {
        Collections.reverse(started);
        for (ServiceProcess service : started) {
            try {
                service.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        started.clear();
    }

    private static ServiceProcess start(String module, String databasePrefix, Map<String, String> env) {
        try {
            return ServiceProcess.start(module, databasePrefix + "_" + module.replace("-service", ""), env);
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + module, e);
        }
    }
}
