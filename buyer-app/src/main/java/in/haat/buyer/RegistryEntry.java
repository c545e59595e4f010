package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;

/** The seller app's registry entry, as its gateway publishes it ({@code GET /ondc/registry-entry}): whom callbacks come from. */
public record RegistryEntry(String subscriberId, String subscriberUrl, String uniqueKeyId, String signingPublicKey) {

    static RegistryEntry of(JsonNode entry) {
        return new RegistryEntry(entry.path("subscriber_id").asText(), entry.path("subscriber_url").asText(),
                entry.path("unique_key_id").asText(), entry.path("signing_public_key").asText());
    }
}
