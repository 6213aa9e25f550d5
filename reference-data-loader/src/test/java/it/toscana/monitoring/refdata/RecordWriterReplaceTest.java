package it.toscana.monitoring.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import it.toscana.monitoring.client.model.JusticeOfficeRequest;
import it.toscana.monitoring.refdata.LoadSummary.Outcome;

/**
 * A record already in its collection (written by an earlier version of the dataset, or by a load whose
 * Idempotency-Keys the service has forgotten) is found by its identity before anything is POSTed, and replaced
 * once; when it already holds the values, nothing is written.
 */
class RecordWriterReplaceTest {

    private static final String KEY_REUSED = "{\"title\": \"Idempotency-Key reused\", \"status\": 422}";

    private HttpServer server;
    private final List<String> requests = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private String served;
    /** POSTs stored (so that the same key is answered as a replay) but answered 503, as if the answer was lost. */
    private int answersToLose;

    @BeforeEach
    void startFakeGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aFactWrittenByAnEarlierDatasetIsFoundByItsIdentityAndReplaced() {
        served = "{\"id\": \"f1\", \"office\": \"Tribunale di Lucca\", \"since\": \"2026-11-01\", \"sinceSource\": \"RECORDING_DATE\"}";
        LoadSummary summary = new LoadSummary();
        write(summary);
        assertEquals(1, summary.count("justice-office", Outcome.UPDATED));
        assertEquals(List.of("GET /api/v1/justice-offices?size=500&community=c", "GET /api/v1/justice-offices/f1",
                "PUT /api/v1/justice-offices/f1"), requests);
    }

    /** Two records with the same identity (nameless points of one municipality) each land on the item holding them. */
    @Test
    void recordsSharingAnIdentityEachFindTheItemThatHoldsThemAndNoneIsPosted() {
        served = "{\"id\": \"f1\", \"office\": \"Tribunale di Lucca\", \"since\": \"2009-09-19\", \"sinceSource\": \"STATED\"},"
                + "{\"id\": \"f2\", \"office\": \"Tribunale di Lucca\", \"since\": \"2009-09-19\", \"sinceSource\": \"DOCUMENT_DATE\"}";
        LoadSummary summary = new LoadSummary();
        RecordWriter writer = writer(summary);
        for (String source : new String[] { "DOCUMENT_DATE", "STATED" }) {
            ObjectNode body = Fields.obj().put("office", "Tribunale di Lucca").put("since", "2009-09-19").put("sinceSource", source);
            writer.createOrReplaceListed("justice-office", "justice:c:lucca:" + source, "/api/v1/justice-offices", "community=c",
                    body, "office");
        }
        assertEquals(2, summary.count("justice-office", Outcome.UNCHANGED));
        assertEquals(List.of(), requests.stream().filter(r -> !r.startsWith("GET")).toList());
        assertEquals(List.of("/api/v1/justice-offices/f2", "/api/v1/justice-offices/f1"),
                requests.stream().filter(r -> r.startsWith("GET") && !r.contains("?")).map(r -> r.substring(4)).toList());
    }

    @Test
    void oneThatAlreadyHoldsTheValuesIsLeftAlone() {
        served = "{\"id\": \"f1\", \"office\": \"Tribunale di Lucca\", \"since\": \"2009-09-19\", \"sinceSource\": \"DOCUMENT_DATE\"}";
        LoadSummary summary = new LoadSummary();
        write(summary);
        assertEquals(1, summary.count("justice-office", Outcome.UNCHANGED));
        assertEquals(0, requests.stream().filter(r -> r.startsWith("PUT")).count());
    }

    /** A value the dataset no longer gives (here the office's notes) is still held by the service: the record is rewritten. */
    @Test
    void aValueTheDatasetNoLongerGivesIsCleared() {
        served = "{\"id\": \"f1\", \"office\": \"Tribunale di Lucca\", \"notes\": \"Uncertain reading.\"}";
        LoadSummary summary = new LoadSummary();
        writer(summary).createOrReplaceListed("justice-office", "justice:c:lucca", "/api/v1/justice-offices", "community=c",
                new JusticeOfficeRequest().office("Tribunale di Lucca"), "office");
        assertEquals(1, summary.count("justice-office", Outcome.UPDATED));
        assertEquals("PUT /api/v1/justice-offices/f1", requests.get(requests.size() - 1));
    }

    /**
     * The gateway stores a new record but its answer is lost (503): the same POST goes again under the same key, the
     * answer is the first one replayed, and the record is counted once, as created; no second key, no duplicate.
     */
    @Test
    void aCreationWhoseAnswerWasLostIsSentAgainUnderItsKeyAndCountedOnceAsCreated() {
        served = "";
        answersToLose = 1;
        LoadSummary summary = new LoadSummary();
        ObjectNode body = Fields.obj().put("office", "Tribunale di Lucca").put("since", "2009-09-19");
        writer(summary).createOrReplaceListed("justice-office", "justice:c:lucca", "/api/v1/justice-offices", "community=c",
                body, "office");
        assertEquals(1, summary.count("justice-office", Outcome.CREATED));
        assertEquals(0, summary.count("justice-office", Outcome.UNCHANGED));
        assertEquals(List.of("GET /api/v1/justice-offices?size=500&community=c", "POST /api/v1/justice-offices",
                "POST /api/v1/justice-offices"), requests);
        assertEquals(List.of("refdata:v1:justice:c:lucca", "refdata:v1:justice:c:lucca"), keys);
    }

    private RecordWriter writer(LoadSummary summary) {
        return new RecordWriter(new GatewayClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Fields.mapper(), null), summary);
    }

    private void write(LoadSummary summary) {
        RecordWriter writer = writer(summary);
        ObjectNode body = Fields.obj().put("office", "Tribunale di Lucca").put("since", "2009-09-19")
                .put("sinceSource", "DOCUMENT_DATE");
        writer.createOrReplaceListed("justice-office", "justice:c:lucca", "/api/v1/justice-offices", "community=c", body, "office");
    }

    /** The served item the path names. */
    private String one(HttpExchange exchange) {
        String id = exchange.getRequestURI().getPath().substring(exchange.getRequestURI().getPath().lastIndexOf('/') + 1);
        for (String item : served.split("(?<=\\}),")) {
            if (item.contains("\"" + id + "\"")) {
                return item;
            }
        }
        return "{}";
    }

    private void answer(HttpExchange exchange) throws IOException {
        String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
        requests.add(request);
        boolean post = "POST".equals(exchange.getRequestMethod());
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        boolean replay = post && keys.contains(key);
        if (post) {
            keys.add(key);
        }
        int status = post ? 422 : 200;
        String body = switch (exchange.getRequestMethod()) {
            case "POST" -> KEY_REUSED;
            case "GET" -> exchange.getRequestURI().getQuery() != null ? "{\"items\": [" + served + "]}" : one(exchange);
            default -> "{\"id\": \"f1\"}";
        };
        if (post && answersToLose > 0) {
            answersToLose--;
            status = 503;
            body = "{}";
        } else if (replay) {
            status = 201;
            body = "{\"id\": \"f9\"}";
            exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
