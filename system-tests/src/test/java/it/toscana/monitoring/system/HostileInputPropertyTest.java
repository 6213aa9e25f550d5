package it.toscana.monitoring.system;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import it.toscana.monitoring.testsupport.Tokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 15: every operation of the merged OpenAPI document ({@code api/openapi.json}), sent through
 * the packaged gateway as region-admin (so validation is reached) with generated hostile values in
 * its path, query and body, never answers 5xx, and answers every 4xx as problem+json. Each try
 * walks every operation once with one generated hostile profile.
 */
class HostileInputPropertyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Streams stay open, and a rebuild only replays topics: neither reads any input. */
    private static final List<String> SKIPPED = List.of("/api/v1/stream", "/api/v1/admin/projections/rebuild");
    private static final HttpClient HTTP = TestHttp.CLIENT;
    private static final String ADMIN = Tokens.regionAdmin();

    /** Text that has broken services before, or breaks them elsewhere. */
    private static final List<String> NASTY_TEXT = List.of("a\u0000b", "\u0000", "line\r\nX-Injected: 1", "\u001b[31m",
            "\u202e\u0007", "' OR 1=1 --", "\"; DROP TABLE x; --", "../../../etc/passwd", "..%2f..%2fq%2fmetrics",
            "=HYPERLINK(\"http://evil.example\")", "%00", "%s%n%x", "${jndi:ldap://127.0.0.1/x}", "<script>alert(1)</script>",
            "\ud83d\ude00\ud800", "", " ", "x".repeat(5000), "9".repeat(400), "-0", "NaN", "1e999", "2147483648",
            "-2147483649", "9223372036854775808", "2009-02-30", "0000-00-00", "null", "true", "{}", "[]");
    private static final List<String> NASTY_NUMBERS = List.of("2147483647", "2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "-1", "0", "1e308", "1e400", "-1e400", "0.001", "99999999999999999.99", "1.7976931348623157E309",
            "123456789012345678901234567890", "-0.0", "\"12\"", "true", "null", "[]", "{}");

    private static ServiceStack stack;
    private static OpenApiOperations api;

    /** One try's hostile choices, applied to every operation. */
    record Hostile(String text, String number, int poisonPercent, long seed, boolean wrongShapes) {
    }

    @BeforeContainer
    static void startTheStack() throws IOException {
        api = OpenApiOperations.read(ROOT.resolve("api/openapi.json"));
        stack = ServiceStack.start("hostile", Map.of(), Map.of("GATEWAY_RATE_LIMIT_ENABLED", "false"));
    }

    @AfterContainer
    static void stopTheStack() {
        stack.close();
    }

    @Property(tries = 15)
    void noOperationAnswers5xxAndEvery4xxIsProblemJson(@ForAll("hostile") Hostile hostile) {
        List<String> failures = new ArrayList<>();
        Random random = new Random(hostile.seed());
        for (OpenApiOperations.Operation operation : api.all()) {
            if (SKIPPED.contains(operation.path())) {
                continue;
            }
            HttpResponse<String> response = send(operation, hostile, random);
            int status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 500 || status >= 400 && !type.startsWith("application/problem+json")) {
                failures.add(operation + " " + response.uri().getRawPath() + " -> " + status + " " + type + " "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " answers broke the rule with " + hostile + ":\n" + String.join("\n", failures));
        }
    }

    @Provide
    Arbitrary<Hostile> hostile() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of(NASTY_TEXT),
                Arbitraries.strings().all().ofMinLength(0).ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5));
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.of(NASTY_NUMBERS),
                Arbitraries.bigDecimals().ofScale(3).map(Object::toString), Arbitraries.longs().map(Object::toString));
        return Combinators.combine(text, number, Arbitraries.integers().between(10, 100), Arbitraries.longs(),
                Arbitraries.of(true, false)).as(Hostile::new);
    }

    private static HttpResponse<String> send(OpenApiOperations.Operation operation, Hostile hostile, Random random) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (OpenApiOperations.Parameter parameter : operation.parameters()) {
            boolean poison = random.nextInt(100) < hostile.poisonPercent();
            String value = poison ? scalarText(api.resolve(parameter.schema()), hostile) : plausibleText(api.resolve(parameter.schema()));
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            if (parameter.in().equals("path")) {
                path = path.replace("{" + parameter.name() + "}", encoded.isEmpty() ? "x" : encoded);
            } else if (parameter.in().equals("query")) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(encoded);
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway().baseUrl() + path.replaceAll("\\{[^}]+}", "x") + query))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + ADMIN);
        String body = operation.body() == null ? null : body(operation.body(), hostile, random).toString();
        if (body != null) {
            request.header("Content-Type", operation.contentType());
        }
        request.method(operation.method().toUpperCase(),
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(operation + " gave no HTTP answer (" + e + "); " + stack.gateway().diagnosis(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A body of the schema's shape, each value hostile with the try's probability, otherwise plausible. */
    private static JsonNode body(JsonNode schema, Hostile hostile, Random random) {
        JsonNode resolved = api.resolve(schema);
        if (hostile.wrongShapes() && random.nextInt(100) < hostile.poisonPercent() / 4) {
            return random.nextBoolean() ? NODES.textNode(hostile.text()) : NODES.arrayNode().add(NODES.objectNode());
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (resolved.has(combined)) {
                return body(resolved.path(combined).path(0), hostile, random);
            }
        }
        String type = type(resolved);
        if (type.equals("object") || resolved.has("properties")) {
            ObjectNode object = NODES.objectNode();
            resolved.path("properties").fields().forEachRemaining(field -> object.set(field.getKey(), body(field.getValue(), hostile, random)));
            return object;
        }
        if (type.equals("array")) {
            ArrayNode array = NODES.arrayNode();
            int items = 1 + random.nextInt(2);
            for (int i = 0; i < items; i++) {
                array.add(body(resolved.path("items"), hostile, random));
            }
            return array;
        }
        boolean poison = random.nextInt(100) < hostile.poisonPercent();
        if (!poison) {
            return plausible(resolved);
        }
        return type.equals("integer") || type.equals("number") ? number(hostile.number()) : NODES.textNode(scalarText(resolved, hostile));
    }

    private static JsonNode number(String literal) {
        try {
            return new ObjectMapper().readTree(literal);
        } catch (IOException e) {
            return NODES.textNode(literal);
        }
    }

    private static String scalarText(JsonNode schema, Hostile hostile) {
        String type = type(schema);
        return type.equals("integer") || type.equals("number") ? hostile.number() : hostile.text();
    }

    private static JsonNode plausible(JsonNode schema) {
        String type = type(schema);
        if (schema.has("enum")) {
            return schema.path("enum").path(0);
        }
        return switch (type) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(new BigDecimal("1.00"));
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(plausibleText(schema));
        };
    }

    private static String plausibleText(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").path(0).asText();
        }
        return switch (schema.path("format").asText("")) {
            case "date" -> "2009-01-01";
            case "date-time" -> "2009-01-01T00:00:00Z";
            case "uuid" -> "3f2b8c1e-0d4a-4c5e-9a7b-1c2d3e4f5a6b";
            default -> type(schema).equals("integer") || type(schema).equals("number") ? "1" : "x";
        };
    }

    /** The schema's type; OpenAPI 3.1 may list it with "null". */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
        }
        return type.asText("string");
    }
}
