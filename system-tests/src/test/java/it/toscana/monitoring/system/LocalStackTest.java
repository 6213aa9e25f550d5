package it.toscana.monitoring.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What bin/local-stack does without starting anything (it uses fixed ports): the services listen on
 * 127.0.0.1 only (issue 15, item 9), and its tokens carry the audience and give each community's
 * operator a subject, and so a rate-limit budget, of its own (item 12).
 */
class LocalStackTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theServicesListenOnLoopbackAndOnlyTheGatewayBeyondIt() throws IOException {
        String script = Files.readString(ROOT.resolve("bin/local-stack"));
        Matcher start = Pattern.compile("start_service\\(\\) \\{.*?\\n\\}", Pattern.DOTALL).matcher(script);
        assertTrue(start.find(), "start_service is missing");
        String body = start.group();
        assertTrue(body.contains("local name=$1 port=$2 db=$3 host=127.0.0.1"), body);
        assertTrue(body.contains("[[ $name == gateway ]] && host=0.0.0.0"), body);
        assertTrue(body.contains("QUARKUS_HTTP_HOST=$host"), body);
    }

    @Test
    void eachCommunitysOperatorIsItsOwnSubjectAndEveryTokenNamesTheAudience() throws Exception {
        JsonNode a = claims(token("community-operator", "alta-val-di-cecina"));
        JsonNode b = claims(token("community-operator", "colline-metallifere"));
        assertNotEquals(a.path("sub").asText(), b.path("sub").asText());
        assertEquals("alta-val-di-cecina", a.path("community").asText());
        assertEquals("monitoring-api", a.path("aud").asText());
        JsonNode admin = claims(token("region-admin", ""));
        assertEquals("monitoring-api", admin.path("aud").asText());
        assertTrue(admin.path("exp").asLong() - admin.path("iat").asLong() <= 3600, "at most an hour");
    }

    private static String token(String role, String community) throws IOException, InterruptedException {
        Path state = Path.of("target", "local-stack-state").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("bin/local-stack").toString(), "token", role, community)
                .redirectErrorStream(true);
        builder.environment().put("LOCAL_STACK_STATE", state.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "token did not finish");
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    private static JsonNode claims(String token) throws IOException {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
