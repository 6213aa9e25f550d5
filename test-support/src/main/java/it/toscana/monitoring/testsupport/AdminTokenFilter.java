package it.toscana.monitoring.testsupport;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Installed for every {@code @QuarkusTest} (by {@link AdminTokenCallback}): a request without an
 * Authorization header gets a region-admin bearer token, so tests written before writes needed a
 * token keep working. A test sends its own header to act as another caller, or
 * {@link Tokens#anonymous()} to send none.
 */
public class AdminTokenFilter implements Filter {

    /** Re-minted well within the services' maximum token age, for test runs longer than that. */
    private static final long REMINT_AFTER_SECONDS = 1800;
    private static volatile String adminToken;
    private static volatile long mintedAt;

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        String authorization = request.getHeaders().getValue("Authorization");
        if (authorization == null) {
            request.header("Authorization", "Bearer " + admin());
        } else if (Tokens.NONE.equals(authorization)) {
            request.removeHeader("Authorization");
        }
        return context.next(request, response);
    }

    private static String admin() {
        long now = java.time.Instant.now().getEpochSecond();
        if (adminToken == null || now - mintedAt > REMINT_AFTER_SECONDS) {
            adminToken = Tokens.regionAdmin();
            mintedAt = now;
        }
        return adminToken;
    }

    /**
     * Also for plain JUnit tests (the system tests) that talk to services over RestAssured. Synchronized: the system
     * tests start services from several threads, and RestAssured's default filters are a plain {@code LinkedList}, so
     * two unsynchronized adds left a {@code null} in it and every later request of that JVM failed with "Cannot invoke
     * method filter() on null object".
     */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(AdminTokenFilter.class::isInstance)) {
            RestAssured.filters(new AdminTokenFilter());
        }
    }
}
