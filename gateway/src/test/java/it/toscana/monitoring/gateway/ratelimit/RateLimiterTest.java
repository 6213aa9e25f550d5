package it.toscana.monitoring.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    @Test
    void aClientMaySpendItsBurstThenWaitsForTheRate() {
        RateLimiter limiter = new RateLimiter(2, 3, 100, now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("a"), "request " + i + " of the burst");
        }
        long wait = limiter.acquire("a");
        assertEquals(TimeUnit.MILLISECONDS.toNanos(500), wait, "one request every 500 ms at 2 per second");

        now.addAndGet(wait);
        assertEquals(0, limiter.acquire("a"));
        assertTrue(limiter.acquire("a") > 0, "the token that came back is spent");
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(1, 1, 100, now::get);
        assertEquals(0, limiter.acquire("a"));
        assertTrue(limiter.acquire("a") > 0);
        assertEquals(0, limiter.acquire("b"));
    }

    @Test
    void refusedRequestsDoNotPushTheNextSlotFurther() {
        RateLimiter limiter = new RateLimiter(1, 1, 100, now::get);
        limiter.acquire("a");
        long first = limiter.acquire("a");
        for (int i = 0; i < 50; i++) {
            limiter.acquire("a");
        }
        assertEquals(first, limiter.acquire("a"));
    }

    @Test
    void anIdleBucketRefillsOnlyUpToTheBurst() {
        RateLimiter limiter = new RateLimiter(10, 2, 100, now::get);
        now.addAndGet(TimeUnit.HOURS.toNanos(1));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertTrue(limiter.acquire("a") > 0);
    }

    @Test
    void idleClientsAreForgottenPastTheCap() {
        RateLimiter limiter = new RateLimiter(10, 1, 3, now::get);
        for (String client : new String[] { "a", "b", "c", "d" }) {
            limiter.acquire(client);
        }
        assertEquals(4, limiter.trackedClients());
        now.addAndGet(TimeUnit.SECONDS.toNanos(2));
        limiter.acquire("e");
        assertEquals(1, limiter.trackedClients(), "a..d had full buckets again and were dropped");
    }
}
