package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PaymentTest {

    @BeforeAll
    static void exactMoney() {
        Fixtures.exactMoney();
    }

    @Test
    void paidAndToPayAreDerivedFromThePayments() {
        String allocation = Fixtures.allocation(Territory.community("alta-versilia"), Fixtures.fundingLine(), "65000.00");

        pay(allocation, "26000.00").then().statusCode(201)
                .header("Location", containsString("/api/v1/payments/"))
                .body("allocationId", equalTo(allocation))
                .body("amount", equalTo(eur("26000.00")));
        given().get("/api/v1/allocations/" + allocation)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("amountPaid", equalTo(eur("26000.00")))
                .body("amountToPay", equalTo(eur("39000.00")));

        String second = pay(allocation, "39000.00").then().statusCode(201).extract().path("id");
        given().get("/api/v1/allocations/" + allocation)
                .then().body("amountPaid", equalTo(eur("65000.00"))).body("amountToPay", equalTo(eur("0.00")));

        given().delete("/api/v1/payments/" + second).then().statusCode(204);
        given().get("/api/v1/allocations/" + allocation)
                .then().body("amountPaid", equalTo(eur("26000.00"))).body("amountToPay", equalTo(eur("39000.00")));
        given().queryParam("allocationId", allocation).get("/api/v1/payments")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aPaymentBeyondTheAmountAssignedIsRefusedAndNothingIsStored() {
        String allocation = Fixtures.allocation(Territory.community("amiata"), Fixtures.fundingLine(), "100.00");
        pay(allocation, "60.00").then().statusCode(201);

        pay(allocation, "40.01").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("amount"))
                .body("detail", containsString("40.00 still to pay"));

        given().queryParam("allocationId", allocation).get("/api/v1/payments").then().body("total", equalTo(1));
        given().get("/api/v1/allocations/" + allocation).then().body("amountPaid", equalTo(eur("60.00")));
    }

    @Test
    void anAllocationCannotBeLoweredBelowWhatWasPaid() {
        String community = Territory.community("appennino");
        String line = Fixtures.fundingLine();
        String allocation = Fixtures.allocation(community, line, "100.00");
        pay(allocation, "80.00").then().statusCode(201);

        given().contentType(ContentType.JSON).body(Fixtures.allocationJson(community, line, "79.99"))
                .put("/api/v1/allocations/" + allocation)
                .then().statusCode(422)
                .body("errors.field", hasItem("amountAssigned"));
        given().contentType("application/merge-patch+json").body("{\"amountAssigned\": 80.00}")
                .patch("/api/v1/allocations/" + allocation)
                .then().statusCode(200)
                .body("amountAssigned", equalTo(eur("80.00")))
                .body("amountToPay", equalTo(eur("0.00")));
    }

    /** Twenty tranches of 10.00 race on an allocation of 100.00: exactly ten land, the total is exact. */
    @Test
    void parallelTranchesNeverOvershootTheAmountAssigned() throws Exception {
        String allocation = Fixtures.allocation(Territory.community("casentino"), Fixtures.fundingLine(), "100.00");
        int requests = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<Integer> call = () -> {
                    start.await();
                    return pay(allocation, "10.00").statusCode();
                };
                statuses.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }
            assertEquals(10, results.stream().filter(status -> status == 201).count(), results.toString());
            assertEquals(10, results.stream().filter(status -> status == 422).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/v1/allocations/" + allocation)
                .then().body("amountPaid", equalTo(eur("100.00"))).body("amountToPay", equalTo(eur("0.00")));
        given().queryParam("allocationId", allocation).queryParam("size", 100).get("/api/v1/payments")
                .then().body("total", equalTo(10));
    }

    @Test
    void staleIfMatchIsAPreconditionFailure() {
        String allocation = Fixtures.allocation(Territory.community("colline-fiora"), Fixtures.fundingLine(), "100.00");
        String payment = pay(allocation, "10.00").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.paymentJson(allocation, "20.00"))
                .put("/api/v1/payments/" + payment)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.paymentJson(allocation, "30.00"))
                .put("/api/v1/payments/" + payment)
                .then().statusCode(412);
        given().header("If-Match", "\"0\"").delete("/api/v1/payments/" + payment).then().statusCode(412);
        given().get("/api/v1/allocations/" + allocation).then().body("amountPaid", equalTo(eur("20.00")));
    }

    @Test
    void aPaymentNeedsAKnownAllocation() {
        given().contentType(ContentType.JSON)
                .body(Fixtures.paymentJson("00000000-0000-0000-0000-000000000001", "1.00"))
                .post("/api/v1/payments")
                .then().statusCode(422).body("errors.field", hasItem("allocationId"));
        given().contentType(ContentType.JSON)
                .body("{\"amount\": 1.00, \"kind\": \"ADVANCE\"}")
                .post("/api/v1/payments")
                .then().statusCode(400).body("errors.field", hasItem("allocationId"));
    }

    @Test
    void anAllocationWithPaymentsCannotBeDeleted() {
        String allocation = Fixtures.allocation(Territory.community("garfagnana"), Fixtures.fundingLine(), "100.00");
        pay(allocation, "1.00").then().statusCode(201);
        given().delete("/api/v1/allocations/" + allocation).then().statusCode(409);
    }

    static io.restassured.response.Response pay(String allocation, String amount) {
        return given().contentType(ContentType.JSON).body(Fixtures.paymentJson(allocation, amount))
                .post("/api/v1/payments");
    }

    @Test
    void aPaymentIsReversedOrRecoveredByACorrectingEntryAndBothStay() {
        String allocation = Fixtures.allocation(Territory.community("reversal"), Fixtures.fundingLine(), "100.00");
        String paid = Fixtures.created("/api/v1/payments", Fixtures.paymentJson(allocation, "60.00"));
        String reversal = given().contentType(ContentType.JSON).body(correction(allocation, "REVERSAL", paid, "60.00", "2009-06-01"))
                .post("/api/v1/payments")
                .then().statusCode(201).body("amount", equalTo(eur("-60.00"))).body("corrects", equalTo(paid))
                .body("reason", equalTo("paid twice")).extract().path("id");
        given().get("/api/v1/allocations/" + allocation).then().body("amountPaid", equalTo(eur("0.00")));

        // nothing more than was paid comes back, a correction names a payment and says why, and nothing is deleted
        given().contentType(ContentType.JSON).body(correction(allocation, "RECOVERY", paid, "0.01", "2009-07-01"))
                .post("/api/v1/payments").then().statusCode(422).body("errors.field", hasItem("amount"));
        given().contentType(ContentType.JSON).body(correction(allocation, "RECOVERY", reversal, "1.00", "2009-07-01"))
                .post("/api/v1/payments").then().statusCode(422).body("errors.field", hasItem("corrects"));
        given().contentType(ContentType.JSON).body(correction(allocation, "RECOVERY", paid, "1.00", "2009-07-01")
                .replace("\"reason\": \"paid twice\"", "\"reason\": \" \"")).post("/api/v1/payments")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON).body(correction(allocation, "REVERSAL", paid, "0.00", "2009-07-01"))
                .post("/api/v1/payments").then().statusCode(400).body("errors.field", hasItem("amount"));
        given().delete("/api/v1/payments/" + paid).then().statusCode(409);

        String tranche = Fixtures.created("/api/v1/payments", Fixtures.paymentJson(allocation, "50.00"));
        given().contentType(ContentType.JSON).body(correction(allocation, "RECOVERY", tranche, "20.00", "2010-02-01"))
                .post("/api/v1/payments").then().statusCode(201);
        given().get("/api/v1/allocations/" + allocation).then().body("amountPaid", equalTo(eur("30.00")))
                .body("amountToPay", equalTo(eur("70.00")));
        given().queryParam("allocationId", allocation).get("/api/v1/payments").then().body("total", equalTo(4));
        // as of a business date, the entries dated by then
        given().queryParam("allocationId", allocation).queryParam("paidTo", "2009-12-31").get("/api/v1/payments")
                .then().body("items.amount", org.hamcrest.Matchers.containsInAnyOrder(eur("60.00"), eur("-60.00"), eur("50.00")));
    }

    private static String correction(String allocation, String kind, String corrects, String amount, String date) {
        return """
                {"allocationId": "%s", "amount": %s, "kind": "%s", "date": "%s", "corrects": "%s", "reason": "paid twice"}"""
                .formatted(allocation, amount, kind, date, corrects);
    }
}
