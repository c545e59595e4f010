package in.haat.auth.service;

import in.haat.auth.ApiClient;
import in.haat.auth.ClientKind;
import in.haat.auth.SigningKey;
import in.haat.auth.config.AuthConfig;
import in.haat.events.Offload;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

/**
 * Mints and verifies access tokens: RS256 JWTs in the RFC 9068 profile ({@code typ: at+jwt}) with Haat's
 * tenancy claims, {@code haat_client_kind}, {@code haat_seller_ids} and {@code haat_partner_id}.
 */
@ApplicationScoped
public class AccessTokens {

    public static final String KIND_CLAIM = "haat_client_kind";
    public static final String SELLERS_CLAIM = "haat_seller_ids";
    public static final String PARTNER_CLAIM = "haat_partner_id";

    private final SigningKeys keys;
    private final AuthConfig config;

    public AccessTokens(SigningKeys keys, AuthConfig config) {
        this.keys = keys;
        this.config = config;
    }

    /** An access token as issued: the JWT and what it says. */
    public record Issued(String jwt, String jti, long expiresIn, Collection<String> scopes) {
    }

    /** Mints a token for {@code client} acting for {@code sellers} (empty for a partner). Runs in a session. */
    public Uni<Issued> mint(ApiClient client, List<UUID> sellers, Collection<String> scopes, Duration lifetime, String subject) {
        return keys.current().chain(key -> Offload.cpu(() -> sign(key, client, sellers, scopes, lifetime, subject)));
    }

    private Issued sign(SigningKey key, ApiClient client, List<UUID> sellers, Collection<String> scopes, Duration lifetime,
            String subject) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(config.issuer());
        claims.setAudience(config.audience());
        claims.setSubject(subject);
        claims.setClaim("client_id", client.clientId);
        claims.setIssuedAtToNow();
        claims.setNotBeforeMinutesInThePast(0);
        NumericDate expiry = NumericDate.now();
        expiry.addSeconds(lifetime.toSeconds());
        claims.setExpirationTime(expiry);
        String jti = UUID.randomUUID().toString();
        claims.setJwtId(jti);
        claims.setClaim("scope", String.join(" ", scopes));
        claims.setClaim(KIND_CLAIM, client.kind.wireName());
        if (client.kind == ClientKind.PARTNER) {
            claims.setClaim(PARTNER_CLAIM, client.partnerId);
        } else {
            claims.setStringListClaim(SELLERS_CLAIM, sellers.stream().map(UUID::toString).toList());
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(SigningKeys.privateKey(key));
        jws.setKeyIdHeaderValue(key.kid);
        jws.setAlgorithmHeaderValue(key.algorithm);
        jws.setHeader("typ", "at+jwt");
        return new Issued(jws.getCompactSerialization(), jti, lifetime.toSeconds(), List.copyOf(scopes));
    }

    /** The claims of a token this issuer signed that has not expired, else empty. Runs in a session. */
    public Uni<Optional<JwtClaims>> verify(String jwt) {
        return keys.published().chain(published -> Offload.cpu(() -> {
            JsonWebKeySet jwks = SigningKeys.jwks(published);
            JwtConsumer consumer = new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks.getJsonWebKeys()))
                    .setExpectedIssuer(config.issuer())
                    .setExpectedAudience(config.audience())
                    .setRequireExpirationTime()
                    .setRequireJwtId()
                    .setAllowedClockSkewInSeconds(30)
                    .build();
            try {
                return Optional.of(consumer.processToClaims(jwt));
            } catch (InvalidJwtException e) {
                return Optional.<JwtClaims>empty();
            }
        }));
    }
}
