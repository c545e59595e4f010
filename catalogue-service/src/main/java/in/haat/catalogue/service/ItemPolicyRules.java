package in.haat.catalogue.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.catalogue.mapping.CatalogueItemDocument;
import in.haat.catalogue.mapping.CatalogueItemInput;
import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/** An item's policies: the return, cancellation and COD flags, the return window, sale quantities, time to ship. */
final class ItemPolicyRules {

    private static final String TIME_TO_SHIP = "item_policies.time_to_ship";
    private static final String TIME_TO_SHIP_FORMS =
            "must be days (an integer), {days, hours, seconds} or an ISO-8601 duration such as PT4H";

    private ItemPolicyRules() {
    }

    static CatalogueItemDocument.Policies policies(CatalogueItemInput.Policies p, List<Reason> reasons) {
        if (p == null) {
            reasons.add(new Reason("item_policies", "is required"));
            return null;
        }
        requiredFlag(p.returnable(), "item_policies.returnable", reasons);
        requiredFlag(p.cancellable(), "item_policies.cancellable", reasons);
        requiredFlag(p.codAvailability(), "item_policies.cod_availability", reasons);
        if (p.returnWindow() != null && p.returnWindow() < 0) {
            reasons.add(new Reason("item_policies.return_window", "must be 0 or more days"));
        } else if (Boolean.TRUE.equals(p.returnable()) && (p.returnWindow() == null || p.returnWindow() < 1)) {
            reasons.add(new Reason("item_policies.return_window", "must be at least 1 day for a returnable item"));
        }
        int min = p.minSaleQuantity() == null ? 0 : p.minSaleQuantity();
        int max = p.maxSaleQuantity() == null ? 0 : p.maxSaleQuantity();
        if (min < 0) {
            reasons.add(new Reason("item_policies.min_sale_quantity", "must be 0 or more"));
        }
        if (max < 0) {
            reasons.add(new Reason("item_policies.max_sale_quantity", "must be 0 or more (0: no limit)"));
        } else if (max > 0 && min > max) {
            reasons.add(new Reason("item_policies.min_sale_quantity", "must not be above max_sale_quantity"));
        }
        String timeToShip = timeToShip(p.timeToShip(), reasons);
        return new CatalogueItemDocument.Policies(Boolean.TRUE.equals(p.returnable()), p.returnWindow(),
                p.sellerPickupReturn(), Boolean.TRUE.equals(p.cancellable()), Boolean.TRUE.equals(p.codAvailability()),
                timeToShip, p.maxSaleQuantity(), p.minSaleQuantity());
    }

    /**
     * Setu has three forms: the guide's integer (days, like return_window), the OpenAPI's {days, hours, seconds},
     * and ONDC's ISO-8601 duration. All become the ISO-8601 duration; null (with a reason) when none fits.
     */
    static String timeToShip(JsonNode value, List<Reason> reasons) {
        Duration duration;
        if (value == null || value.isNull() || value.isMissingNode()) {
            reasons.add(new Reason(TIME_TO_SHIP, "is required"));
            return null;
        } else if (value.isIntegralNumber()) {
            duration = Duration.ofDays(value.asLong());
        } else if (value.isObject()) {
            for (String part : List.of("days", "hours", "seconds")) {
                JsonNode n = value.path(part);
                if (!n.isMissingNode() && !n.isNull() && !n.isIntegralNumber()) {
                    reasons.add(new Reason(TIME_TO_SHIP + "." + part, "must be an integer"));
                    return null;
                }
            }
            duration = Duration.ofDays(value.path("days").asLong(0)).plusHours(value.path("hours").asLong(0))
                    .plusSeconds(value.path("seconds").asLong(0));
        } else if (value.isTextual()) {
            try {
                String text = value.asText();
                duration = text.contains("D") && !text.contains("T") ? Duration.ofDays(Period.parse(text).getDays())
                        : Duration.parse(text);
            } catch (DateTimeParseException e) {
                reasons.add(new Reason(TIME_TO_SHIP, TIME_TO_SHIP_FORMS));
                return null;
            }
        } else {
            reasons.add(new Reason(TIME_TO_SHIP, TIME_TO_SHIP_FORMS));
            return null;
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(30)) > 0) {
            reasons.add(new Reason(TIME_TO_SHIP, "must be more than nothing and at most 30 days"));
            return null;
        }
        return iso(duration);
    }

    /** Whole days as days (P2D), shorter spans as Duration writes them (PT4H). */
    private static String iso(Duration duration) {
        if (duration.toSeconds() % 86400 == 0) {
            return "P" + duration.toDays() + "D";
        }
        return duration.toString();
    }

    private static void requiredFlag(Boolean value, String field, List<Reason> reasons) {
        if (value == null) {
            reasons.add(new Reason(field, "is required (true or false)"));
        }
    }
}
