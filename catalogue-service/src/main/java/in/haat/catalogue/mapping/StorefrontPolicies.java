package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/** How a storefront takes orders. */
public record StorefrontPolicies(
        @NotNull @JsonProperty("accept_orders_outside_business_hours") Boolean acceptOrdersOutsideBusinessHours) {
}
