package in.haat.catalogue.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import in.haat.catalogue.mapping.StorefrontView;

/** Payload of {@code storefront.upserted}, version 1: the storefront as the API answers it, plus its owner partner. */
public record StorefrontUpserted(
        @JsonUnwrapped StorefrontView storefront,
        @JsonProperty("partner_id") String partnerId) {
}
