package in.haat.auth.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Setu's token call: {@code {client_id, client_secret, grant_type}} as JSON. */
public record SetuTokenRequest(
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        @JsonProperty("grant_type") String grantType) {
}
