package it.toscana.monitoring.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import io.restassured.http.Header;

/**
 * Bearer tokens for tests, signed with an RSA key pair made once per test JVM (kept in system
 * properties, so every class loader of the JVM sees the same pair). The services under test get
 * the public key and issuer from {@link JwtTestResource}; the system tests pass them to the
 * processes they start.
 */
public final class Tokens {

    public static final String ISSUER = "https://monitoring.toscana.it/test";
    /** The audience the services verify ({@code mp.jwt.verify.audiences}, platform default). */
    public static final String AUDIENCE = "monitoring-api";
    /** Within the services' maximum token lifetime and age (one hour). */
    private static final long VALID_SECONDS = 3500;
    /** Sent as Authorization value, it makes {@link AdminTokenFilter} send the request without one. */
    static final String NONE = "none (test: send no Authorization header)";
    private static final String PRIVATE_KEY = "monitoring.test.jwt.private-key";
    private static final String PUBLIC_KEY = "monitoring.test.jwt.public-key";

    private Tokens() {
    }

    public static String regionAdmin() {
        return token("region-admin", null, VALID_SECONDS, ISSUER);
    }

    /** A region-admin token of another subject (another caller with the same role). */
    public static String regionAdmin(String subject) {
        long now = Instant.now().getEpochSecond();
        return sign(claims(subject, "region-admin", null, now - 30, now + VALID_SECONDS, ISSUER, AUDIENCE));
    }

    /** Each community's operator is its own subject, as bin/local-stack's tokens are. */
    public static String communityOperator(String community) {
        return token("community-operator", community, VALID_SECONDS, ISSUER);
    }

    public static String erpIntegration() {
        return token("erp-integration", null, VALID_SECONDS, ISSUER);
    }

    public static String expired() {
        return token("region-admin", null, -600, ISSUER);
    }

    public static String wrongIssuer() {
        return token("region-admin", null, VALID_SECONDS, "https://evil.example/issuer");
    }

    /** A valid signature and issuer, but for another audience (or none). */
    public static String forAudience(String audience) {
        long now = Instant.now().getEpochSecond();
        return sign(claims("test-region-admin", "region-admin", null, now - 30, now + VALID_SECONDS, ISSUER, audience));
    }

    /** A token valid for {@code seconds} from now: a lifetime above the services' maximum is refused. */
    public static String validFor(long seconds) {
        return token("region-admin", null, seconds, ISSUER);
    }

    /** A token issued {@code secondsAgo} and not yet expired: older than the maximum age is refused. */
    public static String issuedAgo(long secondsAgo) {
        long now = Instant.now().getEpochSecond();
        return sign(claims("test-region-admin", "region-admin", null, now - secondsAgo, now + 600, ISSUER, AUDIENCE));
    }

    /** An unsigned token ({@code alg: none}) claiming region-admin. */
    public static String algNone() {
        long now = Instant.now().getEpochSecond();
        return b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + b64(claims("test-region-admin", "region-admin", null, now, now + 3600, ISSUER, AUDIENCE)) + ".";
    }

    /** {@code Authorization: Bearer <token>}. */
    public static Header bearer(String token) {
        return new Header("Authorization", "Bearer " + token);
    }

    /** A header that makes the request go out with no Authorization header at all (an anonymous caller). */
    public static Header anonymous() {
        return new Header("Authorization", NONE);
    }

    /** The public key in PEM, for {@code mp.jwt.verify.publickey}. */
    public static synchronized String publicKeyPem() {
        keys();
        String base64 = System.getProperty(PUBLIC_KEY);
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(Base64.getDecoder().decode(base64)) + "\n-----END PUBLIC KEY-----\n";
    }

    public static String token(String role, String community, long validSeconds, String issuer) {
        long now = Instant.now().getEpochSecond();
        String subject = "test-" + role + (community == null ? "" : "-" + community);
        return sign(claims(subject, role, community, now - 30, now + validSeconds, issuer, AUDIENCE));
    }

    private static String sign(String claims) {
        String signingInput = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static String claims(String subject, String role, String community, long issuedAt, long expires, String issuer,
            String audience) {
        return "{\"iss\":\"" + issuer + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\""
                + (audience == null ? "" : ",\"aud\":\"" + audience + "\"")
                + ",\"jti\":\"" + UUID.randomUUID() + "\",\"groups\":[\"" + role + "\"]"
                + (community == null ? "" : ",\"community\":\"" + community + "\"")
                + ",\"iat\":" + issuedAt + ",\"exp\":" + expires + "}";
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized PrivateKey privateKey() throws Exception {
        keys();
        return KeyFactory.getInstance("RSA").generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY))));
    }

    private static void keys() {
        synchronized (System.getProperties()) {
            if (System.getProperty(PRIVATE_KEY) != null) {
                return;
            }
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty(PUBLIC_KEY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                System.setProperty(PRIVATE_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the test key pair", e);
            }
        }
    }
}
