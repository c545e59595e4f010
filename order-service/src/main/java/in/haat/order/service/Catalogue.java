package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

/**
 * What the order flow reads of catalogue-service's storefront and item documents (docs/events.md), tolerant of fields
 * not yet there. These are that service's loose documents, not beckn messages: they are read here as trees.
 */
public final class Catalogue {

    private Catalogue() {
    }

    /** A live storefront: its owner and the document of its last {@code storefront.upserted}. */
    public record Storefront(UUID id, UUID sellerId, String partnerId, JsonNode document) {

        public String name() {
            return document.path("name").asText("Storefront");
        }

        public JsonNode pickup() {
            return document.path("pickup_details");
        }

        /** "lat,long" of the pickup point, six decimals as ONDC's validators want; null when unknown. */
        public String gps() {
            JsonNode p = pickup();
            if (!p.path("pickup_lat").isNumber() || !p.path("pickup_long").isNumber()) {
                return null;
            }
            return String.format(java.util.Locale.ROOT, "%.6f,%.6f", p.path("pickup_lat").asDouble(), p.path("pickup_long").asDouble());
        }

        public String locationId() {
            return "L-" + id;
        }

        public boolean live() {
            return "LIVE".equals(document.path("status").asText("LIVE"));
        }

        public JsonNode serviceability() {
            return document.path("serviceability");
        }

        /** Whether {@code day} (in India) is one of the storefront's holidays ({@code holidays}, added later; none when absent). */
        public boolean closedOn(java.time.LocalDate day) {
            for (JsonNode holiday : document.path("holidays")) {
                if (day.toString().equals(holiday.asText())) {
                    return true;
                }
            }
            return false;
        }

        /** The pickup point's address and contact, each "" when not given. */
        public Pickup pickupDetails() {
            JsonNode p = pickup();
            return new Pickup(p.path("pickup_address").asText(""), p.path("pickup_city").asText(""), p.path("pickup_pincode").asText(""),
                    p.path("pickup_state").asText(""), p.path("pickup_phone").asText(""), p.path("email").asText(""));
        }

        /** The storefront's bank account, or null when it has no account number. */
        public BankAccount bankAccount() {
            JsonNode bank = document.path("billing_details").path("bank_account");
            if (!bank.path("account_number").isTextual()) {
                return null;
            }
            return new BankAccount(bank.path("account_number").asText(), text(bank.path("beneficiary_name")), text(bank.path("ifsc_code")),
                    text(bank.path("bank_name")), text(bank.path("branch_name")));
        }

        /** The legal name, else the storefront's name. */
        public String incorporationName() {
            return document.path("billing_details").path("legal_details").path("incorporation_name").asText(name());
        }

        /** The PAN, or null. */
        public String pan() {
            return text(document.path("billing_details").path("legal_details").path("pan"));
        }
    }

    /** A storefront's pickup point: address, city, pincode, state, phone and e-mail. */
    public record Pickup(String address, String city, String pincode, String state, String phone, String email) {
    }

    /** A storefront's bank account; a field not given is null. */
    public record BankAccount(String accountNumber, String beneficiaryName, String ifscCode, String bankName, String branchName) {
    }

    private static String text(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** A live catalogue item with the stock available now. */
    public record Item(UUID id, JsonNode document, int available) {

        public String name() {
            return document.path("catalogue_item_details").path("name").asText("Item");
        }

        JsonNode price() {
            return document.path("catalogue_item_details").path("price");
        }

        /** The selling price of one unit, rupees. */
        public BigDecimal sellingPrice() {
            return decimal(price().path("selling_price"));
        }

        public BigDecimal maxRetailPrice() {
            JsonNode mrp = price().path("max_retail_price");
            return mrp.isMissingNode() || mrp.isNull() ? sellingPrice() : decimal(mrp);
        }

        /** GST on top of the selling price (true) or inside it (false). */
        public boolean priceExcludesTax() {
            JsonNode exclusive = price().path("is_selling_price_exclusive_of_gst");
            if (exclusive.isBoolean()) {
                return exclusive.asBoolean();
            }
            JsonNode inclusive = price().path("is_selling_price_inclusive_of_gst");
            return inclusive.isBoolean() && !inclusive.asBoolean();
        }

        /** The item's GST rate in percent: total_tax_rate, else CGST + SGST, else IGST; 0 when none is given or the item is not taxable. */
        public BigDecimal taxRate() {
            JsonNode p = price();
            if (p.path("taxable").isBoolean() && !p.path("taxable").asBoolean()) {
                return BigDecimal.ZERO;
            }
            if (p.path("total_tax_rate").isNumber()) {
                return p.path("total_tax_rate").decimalValue();
            }
            BigDecimal split = decimal(p.path("cgst_tax_rate")).add(decimal(p.path("sgst_tax_rate")));
            return split.signum() > 0 ? split : decimal(p.path("igst_tax_rate"));
        }

        /**
         * The GST on one unit as catalogue-service states it ({@code price.tax_value}, added later), or null when the event
         * does not carry it (then the rate applies).
         */
        public BigDecimal taxPerUnit() {
            JsonNode value = price().path("tax_value");
            return value.isNumber() ? value.decimalValue() : null;
        }

        /** The HSN code (catalogue_item_details.hsn_code: 4, 6 or 8 digits), or null when the item has none. */
        public String hsnCode() {
            JsonNode hsn = document.path("catalogue_item_details").path("hsn_code");
            return hsn.isTextual() && hsn.asText().matches("[0-9]{4}|[0-9]{6}|[0-9]{8}") ? hsn.asText() : null;
        }

        /** Grams per unit from the inventory's unit (GM, KG, MG with unit_value), or null when the unit is not a weight. */
        public Integer unitWeightGrams() {
            JsonNode inventory = document.path("inventory");
            int value = inventory.path("unit_value").asInt(0);
            if (value <= 0) {
                return null;
            }
            return switch (inventory.path("unit_denomination").asText("").toUpperCase(java.util.Locale.ROOT)) {
                case "GM", "G", "GRAM", "GRAMS" -> value;
                case "KG", "KILOGRAM", "KILOGRAMS" -> value * 1000;
                case "MG" -> Math.max(1, value / 1000);
                default -> null;
            };
        }

        public JsonNode policies() {
            return document.path("item_policies");
        }

        public Duration timeToShip() {
            try {
                return Duration.parse(policies().path("time_to_ship").asText("PT1H"));
            } catch (RuntimeException e) {
                return Duration.ofHours(1);
            }
        }

        public int maxSaleQuantity() {
            int max = policies().path("max_sale_quantity").asInt(0);
            return max > 0 ? max : Integer.MAX_VALUE;
        }

        public boolean returnable() {
            return policies().path("returnable").asBoolean(false);
        }

        /** How long after delivery a return may be asked for (catalogue-service keeps it in days); zero when none. */
        public Duration returnWindow() {
            return Duration.ofDays(Math.max(0, policies().path("return_window").asInt(0)));
        }

        public boolean cancellable() {
            return policies().path("cancellable").asBoolean(true);
        }

        public JsonNode serviceability() {
            return document.path("serviceability");
        }
    }

    /** An amount written as text; 0 when absent or not a number. */
    static BigDecimal decimal(String value) {
        try {
            return value == null ? BigDecimal.ZERO : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    static BigDecimal decimal(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return BigDecimal.ZERO;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return new BigDecimal(value.asText().strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
