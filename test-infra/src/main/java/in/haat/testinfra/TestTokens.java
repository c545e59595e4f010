package in.haat.testinfra;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Mints access tokens of the auth-service contract for tests, signed RS256 with the test-only key under
 * {@code haat-test-only/} (services trust it only under {@link SellerApiInfrastructure}). Every builder
 * starts from a valid token and changes one thing:
 * {@code TestTokens.partner("p1").scopes("orders:read").bearer()}, {@code ...expired()}, {@code ...signedWithWrongKey()}.
 */
public final class TestTokens {

    /** The issuer the services expect ({@code haat.auth.issuer}'s default). */
    public static final String ISSUER = "http://localhost:8081";
    public static final String AUDIENCE = "haat-seller-api";
    public static final String KEY_ID = "haat-test-only-key-1";
    public static final String ACCESS_TOKEN_TYPE = "at+jwt";

    private static final String PRIVATE_KEY = "haat-test-only/token-signing-key.TEST-ONLY.pem";
    private static final String PUBLIC_KEY = "haat-test-only/token-signing-key.TEST-ONLY.pub.pem";

    private TestTokens() {
    }

    /** A partner token: may act for every seller whose owner partner is {@code partnerId}. */
    public static Builder partner(String partnerId) {
        return new Builder("partner").partnerId(partnerId);
    }

    /** A seller's own token: exactly one seller. */
    public static Builder seller(UUID sellerId) {
        return new Builder("seller").sellerIds(sellerId);
    }

    /** A third-party app's token, for the sellers that authorised it. */
    public static Builder thirdParty(UUID... sellerIds) {
        return new Builder("third_party").sellerIds(sellerIds);
    }

    /** The test public key as {@code quarkus.oidc.public-key} wants it: Base64 of the X.509 SubjectPublicKeyInfo. */
    public static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(Keys.PUBLIC.getEncoded());
    }

    /** A token being built; every setter returns the builder. */
    public static final class Builder {

        private String kind;
        private String clientId = "test-client-" + UUID.randomUUID();
        private final Set<String> scopes = new HashSet<>();
        private List<String> sellerIds = List.of();
        private String partnerId;
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private String type = ACCESS_TOKEN_TYPE;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(10);
        private boolean wrongKey;
        private final Map<String, Object> extraClaims = new LinkedHashMap<>();
        private final Set<String> omitted = new HashSet<>();

        private Builder(String kind) {
            this.kind = kind;
        }

        /** {@code haat_client_kind}: partner, seller, third_party (or anything else, to test refusal). */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        public String clientId() {
            return clientId;
        }

        /** Adds scopes (the space-separated {@code scope} claim). */
        public Builder scopes(String... scopes) {
            this.scopes.addAll(Arrays.asList(scopes));
            return this;
        }

        /** Replaces {@code haat_seller_ids}. */
        public Builder sellerIds(UUID... sellerIds) {
            this.sellerIds = Arrays.stream(sellerIds).map(UUID::toString).toList();
            return this;
        }

        public Builder partnerId(String partnerId) {
            this.partnerId = partnerId;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /** The JOSE header {@code typ}; {@code at+jwt} unless changed. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** How long from now the token is valid (10 minutes unless changed). */
        public Builder expiresIn(Duration lifetime) {
            this.issuedAt = Instant.now();
            this.lifetime = lifetime;
            return this;
        }

        /** Issued 20 minutes ago, expired 10 minutes ago: well past any clock-skew allowance. */
        public Builder expired() {
            this.issuedAt = Instant.now().minus(Duration.ofMinutes(20));
            this.lifetime = Duration.ofMinutes(10);
            return this;
        }

        /** Signed with a freshly generated key the services do not know. */
        public Builder signedWithWrongKey() {
            this.wrongKey = true;
            return this;
        }

        /** Adds or replaces any claim. */
        public Builder claim(String name, Object value) {
            extraClaims.put(name, value);
            omitted.remove(name);
            return this;
        }

        /** Leaves a claim of the contract out. */
        public Builder without(String claim) {
            omitted.add(claim);
            return this;
        }

        /** The signed JWT. */
        public String token() {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", issuer);
            claims.put("aud", audience);
            claims.put("sub", clientId);
            claims.put("client_id", clientId);
            claims.put("jti", UUID.randomUUID().toString());
            claims.put("iat", issuedAt.getEpochSecond());
            claims.put("exp", issuedAt.plus(lifetime).getEpochSecond());
            claims.put("scope", String.join(" ", new ArrayList<>(scopes)));
            claims.put("haat_client_kind", kind);
            claims.put("haat_seller_ids", sellerIds);
            if (partnerId != null) {
                claims.put("haat_partner_id", partnerId);
            }
            claims.putAll(extraClaims);
            omitted.forEach(claims::remove);
            JwtClaimsBuilder builder = Jwt.claims(claims);
            return builder.jws().keyId(KEY_ID).header("typ", type)
                    .sign(wrongKey ? Keys.WRONG : Keys.PRIVATE);
        }

        /** {@code Bearer <token>}, for the Authorization header. */
        public String bearer() {
            return "Bearer " + token();
        }
    }

    /** The key pair, read once; the wrong key is generated once per test run. */
    private static final class Keys {
        static final PrivateKey PRIVATE = readPrivate();
        static final PublicKey PUBLIC = readPublic();
        static final PrivateKey WRONG = generate();

        private static PrivateKey readPrivate() {
            try {
                return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pem(PRIVATE_KEY)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot read " + PRIVATE_KEY, e);
            }
        }

        private static PublicKey readPublic() {
            try {
                return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pem(PUBLIC_KEY)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot read " + PUBLIC_KEY, e);
            }
        }

        private static PrivateKey generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair().getPrivate();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static byte[] pem(String resource) {
            try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + resource);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
