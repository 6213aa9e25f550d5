package it.toscana.monitoring.gateway.ratelimit;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import it.toscana.monitoring.gateway.config.GatewayConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The two request budgets of the public API, anonymous (per address) and authenticated (per subject). */
@ApplicationScoped
public class ClientBudgets {

    @Inject
    GatewayConfig config;

    @Inject
    MeterRegistry metrics;

    private RateLimiter anonymous;
    private RateLimiter authenticated;

    @PostConstruct
    void create() {
        GatewayConfig.RateLimit limits = config.rateLimit();
        anonymous = limiter(limits.anonymous(), limits.maxClients());
        authenticated = limiter(limits.authenticated(), limits.maxClients());
    }

    public boolean enabled() {
        return config.rateLimit().enabled();
    }

    /** @return 0 when the request may go on, otherwise the whole seconds to wait (at least 1) */
    public long anonymous(String address) {
        return take(anonymous, "anonymous", address);
    }

    /** @return 0 when the request may go on, otherwise the whole seconds to wait (at least 1) */
    public long authenticated(String subject) {
        return take(authenticated, "authenticated", subject);
    }

    private long take(RateLimiter limiter, String tier, String client) {
        long waitNanos = limiter.acquire(client);
        if (waitNanos == 0) {
            return 0;
        }
        metrics.counter("http_requests_rate_limited", "tier", tier).increment();
        return Math.max(1, (long) Math.ceil(waitNanos / (double) TimeUnit.SECONDS.toNanos(1)));
    }

    private static RateLimiter limiter(GatewayConfig.Tier tier, int maxClients) {
        return new RateLimiter(tier.requestsPerSecond(), tier.burst(), maxClients, System::nanoTime);
    }
}
