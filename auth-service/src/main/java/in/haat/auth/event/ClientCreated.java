package in.haat.auth.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** Payload of {@code client.created}, version 1. */
public record ClientCreated(
        @JsonProperty("client_id") String clientId,
        String kind,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("seller_id") UUID sellerId,
        @JsonProperty("created_at") Instant createdAt) {
}
