package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Header;
import it.toscana.monitoring.gateway.dashboard.DashboardRoutes;
import it.toscana.monitoring.testsupport.Tokens;

/**
 * The dashboard is served by the gateway from its own origin: its pages carry a
 * Content-Security-Policy that lets them load this origin's scripts, styles and data and nothing
 * else, while the API keeps {@code default-src 'none'}; the pages' files do not spend a reader's
 * API budget. (Same small budget as {@link OwaspApi4RateLimitTest}, so Quarkus starts once for both.)
 */
@QuarkusTest
@TestProfile(OwaspApi4RateLimitTest.SmallBudget.class)
class DashboardPagesTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_STYLE = Pattern.compile("<style|\\sstyle=|\\son[a-z]+=", Pattern.CASE_INSENSITIVE);

    @Test
    void theRegionPageIsServedAtTheRootWithThePagesPolicy() {
        String page = given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", DashboardRoutes.PAGE_CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY")
                .body(containsString("/dashboard/region.js"))
                .extract().asString();
        assertNoInlineCode(page);
    }

    @Test
    void aCommunityAddressServesTheCommunityPage() {
        String page = given().get("/communities/colline-metallifere").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", DashboardRoutes.PAGE_CONTENT_SECURITY_POLICY)
                .body(containsString("/dashboard/community.js"))
                .extract().asString();
        assertNoInlineCode(page);
        given().get("/communities").then().statusCode(404);
        given().get("/communities/colline-metallifere/more").then().statusCode(404);
    }

    @Test
    void theChartLibraryAndThePagesScriptsComeFromThisOrigin() {
        for (String file : List.of("/webjars/echarts/5.3.1/dist/echarts.esm.min.js", "/dashboard/region.js",
                "/dashboard/dashboard.css")) {
            given().get(file).then().statusCode(200)
                    .header("Content-Security-Policy", DashboardRoutes.PAGE_CONTENT_SECURITY_POLICY);
        }
    }

    @Test
    void theApiKeepsItsStrictPolicy() {
        given().get("/api/v1/totals").then().statusCode(200).header("Content-Security-Policy", API_POLICY);
        given().get("/api/v1/communities/no-such-community/totals").then().statusCode(404)
                .header("Content-Security-Policy", API_POLICY)
                .contentType(not(containsString("text/html")));
    }

    @Test
    void loadingThePagesSpendsNoneOfTheApiBudget() {
        Header reader = new Header("X-Forwarded-For", "198.51.100.20");
        for (int i = 0; i < 10; i++) {
            for (String file : List.of("/", "/communities/colline-metallifere", "/dashboard/region.js")) {
                given().header(Tokens.anonymous()).header(reader).get(file).then().statusCode(200);
            }
        }
        given().header(Tokens.anonymous()).header(reader).get("/api/v1/totals").then().statusCode(200);
    }

    private static void assertNoInlineCode(String page) {
        assertFalse(INLINE_SCRIPT.matcher(page).find(), "an inline script");
        assertFalse(INLINE_STYLE.matcher(page).find(), "an inline style or event handler");
    }
}
