package in.haat.auth.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.auth.ApiClient;
import in.haat.auth.ClientKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An API client as the admin API answers it; {@code client_secret} only right after it was made. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientView(
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        ClientKind kind,
        String name,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("seller_id") UUID sellerId,
        List<String> scopes,
        @JsonProperty("redirect_uris") List<String> redirectUris,
        String status,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("secret_rotated_at") Instant secretRotatedAt,
        @JsonProperty("revoked_at") Instant revokedAt) {

    public static ClientView of(ApiClient client) {
        return withSecret(client, null);
    }

    public static ClientView withSecret(ApiClient client, String secret) {
        return new ClientView(client.clientId, secret, client.kind, client.name, client.partnerId, client.sellerId,
                List.copyOf(client.scopeSet()), client.redirectUriList(), client.status, client.createdAt,
                client.secretRotatedAt, client.revokedAt);
    }
}
