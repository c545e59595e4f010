package in.haat.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import jakarta.json.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The caller read from the claims, and the tenant rule it applies. */
class CallerTest {

    private static final UUID SELLER = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    @Test
    void aSellerTokenActsForTheSellersItNamesOnly() {
        Caller caller = new Caller(token(Map.of("client_id", "c1", "haat_client_kind", "seller",
                "scope", " orders:read  inventory:read ",
                "haat_seller_ids", Json.createArrayBuilder().add(SELLER.toString()).add("not-a-uuid").build())));
        assertEquals("c1", caller.clientId());
        assertEquals(ClientKind.SELLER, caller.kind());
        assertEquals(Set.of(SELLER), caller.sellerIds());
        assertEquals(Set.of("orders:read", "inventory:read"), caller.scopes());
        assertTrue(caller.mayActFor(SELLER, null));
        assertFalse(caller.mayActFor(OTHER, null));
        assertFalse(caller.mayActFor(OTHER, "p1"));
    }

    @Test
    void aPartnerTokenActsForTheSellersItsPartnerOwns() {
        Caller caller = new Caller(token(Map.of("client_id", "c2", "haat_client_kind", "partner",
                "haat_partner_id", "p1", "haat_seller_ids", Json.createArrayBuilder().build())));
        assertTrue(caller.isPartner());
        assertEquals(Optional.of("p1"), caller.partnerId());
        assertTrue(caller.mayActFor(SELLER, "p1"));
        assertFalse(caller.mayActFor(SELLER, "p2"));
        assertFalse(caller.mayActFor(SELLER, null));
    }

    @Test
    void aPartnerIdOnAnotherKindOfTokenGivesNothing() {
        Caller caller = new Caller(token(Map.of("client_id", "c3", "haat_client_kind", "third_party",
                "haat_partner_id", "p1", "haat_seller_ids", Json.createArrayBuilder().add(SELLER.toString()).build())));
        assertFalse(caller.isPartner());
        assertEquals(Optional.empty(), caller.partnerId());
        assertTrue(caller.mayActFor(SELLER, null));
        assertFalse(caller.mayActFor(OTHER, "p1"));
    }

    @Test
    void aVerifiedTokensClaimsAreReadWithoutTheStandardNameLookup() {
        JwtClaims claims = new JwtClaims();
        claims.setClaim("client_id", "c4");
        claims.setClaim("haat_client_kind", "partner");
        claims.setClaim("haat_partner_id", "p4");
        claims.setStringListClaim("haat_seller_ids", SELLER.toString());
        claims.setClaim("scope", "inventory:write");
        // Its getClaim is smallrye-jwt's Claims.valueOf lookup, which throws for each of our names: never called.
        Caller caller = new Caller(new OidcJwtCallerPrincipal(claims, null) {
            @Override
            public <T> T getClaim(String name) {
                throw new AssertionError("getClaim(" + name + ") called");
            }
        });
        assertEquals("c4", caller.clientId());
        assertEquals(ClientKind.PARTNER, caller.kind());
        assertEquals(Optional.of("p4"), caller.partnerId());
        assertEquals(Set.of(SELLER), caller.sellerIds());
        assertEquals(Set.of("inventory:write"), caller.scopes());
    }

    @Test
    void onlyAnAccessTokenTypeIsAccepted() {
        assertTrue(AccessTokenCheck.isAccessTokenType(jwt("{\"alg\":\"RS256\",\"typ\":\"at+jwt\"}")));
        assertTrue(AccessTokenCheck.isAccessTokenType(jwt("{\"alg\":\"RS256\",\"typ\":\"application/AT+JWT\"}")));
        assertFalse(AccessTokenCheck.isAccessTokenType(jwt("{\"alg\":\"RS256\",\"typ\":\"JWT\"}")));
        assertFalse(AccessTokenCheck.isAccessTokenType(jwt("{\"alg\":\"RS256\"}")));
        assertFalse(AccessTokenCheck.isAccessTokenType("garbage"));
        assertFalse(AccessTokenCheck.isAccessTokenType(null));
    }

    private static String jwt(String header) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes()) + ".e30.sig";
    }

    private static JsonWebToken token(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) all.get("client_id");
            }

            @Override
            public Set<String> getClaimNames() {
                return all.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) all.get(claimName);
            }
        };
    }
}
