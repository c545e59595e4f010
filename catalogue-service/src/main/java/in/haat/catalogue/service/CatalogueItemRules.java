package in.haat.catalogue.service;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import in.haat.catalogue.mapping.CatalogueItemDocument;
import in.haat.catalogue.mapping.CatalogueItemInput;
import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import in.haat.ondc.RetailDomain;
import in.haat.catalogue.mapping.Serviceability;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks catalogue items one by one against Setu's catalogue rules. Pure and thread-safe: bulk calls run it on a
 * worker thread, away from the event loop.
 */
public final class CatalogueItemRules {

    /** Sub-categories that qualify an item of a storefront category and bring a mandatory statutory block. */
    static final Set<String> QUALIFIERS = Set.of("prepackaged_food", "prepackaged_commodities");

    /** Setu's UnitDenomination enum. */
    static final Set<String> UNITS = Set.of("BG", "LT", "BF", "LY", "BL", "M", "BT", "MG", "BX", "ML", "C", "MM", "CC",
            "MN", "CF", "MO", "CI", "MR", "CL", "MT", "CM", "OG", "CN", "OZ", "CS", "PA", "CT", "PC", "CW", "PG", "CY",
            "PK", "DI", "PL", "DR", "PR", "DW", "PT", "DY", "QR", "DZ", "QT", "EA", "RD", "FT", "RL", "GL", "RM", "GM",
            "SF", "GN", "SH", "GR", "ST", "HR", "SY", "IN", "TB", "JR", "TR", "KG", "UT", "KT", "VL", "WK", "LB", "YD",
            "LF", "YR", "LG", "LI");

    static final List<String> PREPACKAGED_COMMODITIES = List.of("manufacturer_or_packer_name",
            "manufacturer_or_packer_address", "common_or_generic_name_of_commodity", "manufacture_or_packing_date",
            "imported_product_country_of_origin");
    static final List<String> PREPACKAGED_FOOD = List.of("is_vegetarian", "ingredients_info", "nutritional_info",
            "additives_info", "brand_owner_name", "brand_owner_address", "brand_owner_FSSAI_license_no",
            "other_FSSAI_license_no", "importer_name", "importer_address", "importer_FSSAI_logo",
            "importer_FSSAI_license_no", "imported_product_country_of_origin", "other_importer_name",
            "other_importer_address", "other_premises", "other_importer_country_of_origin");
    /** Fields of the statutory blocks that are not text, so no image can stand in for them. */
    static final Set<String> NOT_TEXT = Set.of("is_vegetarian");
    /** Setu's limit for an image URL (CatalogueItemDetailsDTO.images maxLength), also the common browser limit. */
    static final int MAX_URL_LENGTH = 2083;
    static final int MAX_IMAGES = 20;
    private static final BigDecimal TAX_TOLERANCE = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** What the rules need to know about the storefront the items are for. */
    public record StorefrontFacts(List<String> categories, boolean hasCoordinates) {
    }

    private final ObjectMapper mapper;
    private final StorefrontFacts storefront;
    private final Map<UUID, Integer> seen = new HashMap<>();

    /** One instance per bulk call: it remembers the ids already seen to refuse duplicates. */
    public CatalogueItemRules(ObjectMapper mapper, StorefrontFacts storefront) {
        this.mapper = mapper;
        this.storefront = storefront;
    }

    public List<ItemOutcome> checkAll(JsonNode items) {
        List<ItemOutcome> outcomes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            outcomes.add(check(i, items.get(i)));
        }
        return outcomes;
    }

    ItemOutcome check(int position, JsonNode raw) {
        List<Reason> reasons = new ArrayList<>();
        if (raw == null || !raw.isObject()) {
            return ItemOutcome.rejected(position, null, List.of(new Reason(null, "must be a JSON object")));
        }
        String rawId = raw.path("catalogue_item_id").isTextual() ? raw.path("catalogue_item_id").asText() : null;
        CatalogueItemInput item;
        try {
            item = mapper.treeToValue(raw, CatalogueItemInput.class);
        } catch (DatabindException e) {
            return ItemOutcome.rejected(position, rawId, List.of(wrongShape(e)));
        } catch (Exception e) {
            return ItemOutcome.rejected(position, rawId, List.of(new Reason(null, "could not be read")));
        }
        UUID id = id(item.catalogueItemId(), position, reasons);
        List<String> subCategories = subCategories(item.subCategories(), reasons);
        CatalogueItemDocument.Details details = details(item, subCategories, reasons);
        CatalogueItemInput.Inventory inventory = inventory(item.inventory(), reasons);
        CatalogueItemDocument.Policies policies = policies(item.itemPolicies(), reasons);
        Serviceability serviceability = item.serviceability();
        if (serviceability != null) {
            Violations violations = new Violations();
            StorefrontRules.serviceability(serviceability, "serviceability", violations);
            violations.details().forEach(d -> reasons.add(new Reason(d.field(), d.message())));
            if (serviceability.radius() != null && !storefront.hasCoordinates()) {
                reasons.add(new Reason("serviceability.radius",
                        "needs the storefront's pickup_lat and pickup_long; use pincodes or set them first"));
            }
        }
        if (!reasons.isEmpty()) {
            return ItemOutcome.rejected(position, rawId, reasons);
        }
        return ItemOutcome.accepted(position, id,
                new CatalogueItemDocument(subCategories, details, inventory, policies, serviceability));
    }

    private UUID id(String value, int position, List<Reason> reasons) {
        if (value == null || value.isBlank()) {
            reasons.add(new Reason("catalogue_item_id", "is required"));
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            reasons.add(new Reason("catalogue_item_id", "must be a UUID"));
            return null;
        }
        Integer first = seen.putIfAbsent(id, position);
        if (first != null) {
            reasons.add(new Reason("catalogue_item_id", "repeats the item at position " + first + " of this request"));
        }
        return id;
    }

    private List<String> subCategories(List<String> values, List<Reason> reasons) {
        if (values == null || values.isEmpty()) {
            reasons.add(new Reason("sub_categories", "must name at least one of the storefront's categories"));
            return List.of();
        }
        boolean ofStorefront = false;
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                reasons.add(new Reason("sub_categories[" + i + "]", "must not be blank"));
            } else if (ofStorefront(value)) {
                ofStorefront = true;
            } else if (!QUALIFIERS.contains(value)) {
                reasons.add(new Reason("sub_categories[" + i + "]", "'" + value + "' is not one of the storefront's "
                        + "categories " + storefront.categories() + " nor an ONDC sub-category of their domains"));
            }
        }
        if (!ofStorefront && reasons.stream().noneMatch(r -> r.field() != null && r.field().startsWith("sub_categories"))) {
            reasons.add(new Reason("sub_categories", "must name at least one of the storefront's categories"));
        }
        if (values.size() != values.stream().distinct().count()) {
            reasons.add(new Reason("sub_categories", "must not repeat a sub-category"));
        }
        return List.copyOf(values);
    }

    /**
     * One of the storefront's categories as written, or inside one of them: a storefront that sells a whole domain
     * (Grocery, ONDC:RET10) sells each of its ONDC sub-categories, and the domain under any of its names.
     */
    private boolean ofStorefront(String value) {
        if (storefront.categories().contains(value)) {
            return true;
        }
        Optional<RetailDomain.Match> match = RetailDomain.of(value);
        return match.isPresent() && storefront.categories().stream().map(RetailDomain::of).flatMap(Optional::stream)
                .anyMatch(c -> c.wholeDomain() && c.domain() == match.get().domain());
    }

    private CatalogueItemDocument.Details details(CatalogueItemInput item, List<String> subCategories, List<Reason> reasons) {
        CatalogueItemInput.Details d = item.details() != null ? item.details() : item.description();
        String field = item.details() != null ? "catalogue_item_details" : "catalogue_item_description";
        if (item.details() != null && item.description() != null) {
            reasons.add(new Reason("catalogue_item_details",
                    "send catalogue_item_details or catalogue_item_description (the guide's name), not both"));
            return null;
        }
        if (d == null) {
            reasons.add(new Reason("catalogue_item_details", "is required"));
            return null;
        }
        required(d.name(), field + ".name", reasons);
        List<String> images = d.images() == null ? List.of() : d.images().stream().toList();
        if (images.size() > MAX_IMAGES) {
            reasons.add(new Reason(field + ".images", "must hold at most " + MAX_IMAGES + " images"));
        }
        for (int i = 0; i < images.size(); i++) {
            String problem = imageProblem(images.get(i));
            if (problem != null) {
                reasons.add(new Reason(field + ".images[" + i + "]", problem));
            }
        }
        // Setu's guide (rule 4): text a seller only has on the pack may come as images instead.
        boolean imagesStandIn = !images.isEmpty();
        String symbol = d.symbol();
        if ((symbol == null || symbol.isBlank()) && imagesStandIn) {
            symbol = images.getFirst();
        } else if (symbol == null || symbol.isBlank()) {
            reasons.add(new Reason(field + ".symbol", "must not be blank (an image URL; or send images, the first is taken)"));
        } else if (imageProblem(symbol) != null) {
            reasons.add(new Reason(field + ".symbol", imageProblem(symbol)));
        }
        if (!imagesStandIn) {
            required(d.shortDescription(), field + ".short_description", reasons);
            required(d.longDescription(), field + ".long_description", reasons);
        }
        requirements(d.subcategorySpecificRequirements(), subCategories, imagesStandIn,
                field + ".subcategory_specific_requirements", reasons);
        CatalogueItemDocument.Price price = price(d.price(), field + ".price", reasons);
        return new CatalogueItemDocument.Details(d.name() == null ? null : d.name().strip(), symbol,
                d.shortDescription(), d.longDescription(), images, d.subcategorySpecificRequirements(), price);
    }

    /**
     * A statutory block becomes mandatory once the item is in its sub-category (Setu's guide, rule 3). With images,
     * its text fields may be missing (they are on the pack's photo); the veg marking never, ONDC shows it as a tag.
     */
    private void requirements(JsonNode blocks, List<String> subCategories, boolean imagesStandIn, String field,
            List<Reason> reasons) {
        JsonNode all = blocks == null ? mapper.nullNode() : blocks;
        if (subCategories.contains("prepackaged_food")) {
            block(all.path("prepackaged_food"), PREPACKAGED_FOOD, imagesStandIn, field + ".prepackaged_food", reasons);
        }
        if (subCategories.contains("prepackaged_commodities")) {
            block(all.path("prepackaged_commodities"), PREPACKAGED_COMMODITIES, imagesStandIn,
                    field + ".prepackaged_commodities", reasons);
        }
        if (subCategories.stream().map(RetailDomain::of).flatMap(Optional::stream)
                .anyMatch(m -> m.domain() == RetailDomain.RET11)) {
            // Veg or non-veg marking is required on food sold in India.
            block(all.path("food_beverages"), List.of("is_vegetarian"), false, field + ".food_beverages", reasons);
        }
        for (String name : List.of("food_beverages", "prepackaged_food")) {
            JsonNode veg = all.path(name).path("is_vegetarian");
            if (!veg.isMissingNode() && !veg.isNull() && !veg.isBoolean()) {
                reasons.add(new Reason(field + "." + name + ".is_vegetarian", "must be true or false"));
            }
        }
    }

    private static void block(JsonNode block, List<String> requiredFields, boolean imagesStandIn, String field,
            List<Reason> reasons) {
        List<String> needed = imagesStandIn ? requiredFields.stream().filter(NOT_TEXT::contains).toList() : requiredFields;
        if (!block.isObject()) {
            if (!needed.isEmpty() || (!block.isMissingNode() && !block.isNull())) {
                reasons.add(new Reason(field, "is required for an item in this sub-category"));
            }
            return;
        }
        for (String name : needed) {
            JsonNode value = block.path(name);
            if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                reasons.add(new Reason(field + "." + name, "is required for an item in this sub-category"));
            }
        }
    }

    private static CatalogueItemDocument.Price price(CatalogueItemInput.Price p, String field, List<Reason> reasons) {
        if (p == null) {
            reasons.add(new Reason(field, "is required"));
            return null;
        }
        Boolean exclusive = p.exclusiveOfGst();
        if (exclusive == null && p.inclusiveOfGst() == null) {
            reasons.add(new Reason(field + ".is_selling_price_exclusive_of_gst", "is required"));
        } else if (exclusive != null && p.inclusiveOfGst() != null && exclusive.equals(p.inclusiveOfGst())) {
            reasons.add(new Reason(field + ".is_selling_price_inclusive_of_gst",
                    "contradicts is_selling_price_exclusive_of_gst; send one of them"));
        } else if (exclusive == null) {
            exclusive = !p.inclusiveOfGst();
        }
        if (p.maxRetailPrice() == null || p.maxRetailPrice().signum() <= 0) {
            reasons.add(new Reason(field + ".max_retail_price", "must be a positive amount"));
        } else if (p.maxRetailPrice().stripTrailingZeros().scale() > 2) {
            reasons.add(new Reason(field + ".max_retail_price", "must be rupees with at most two decimals (paise)"));
        }
        if (p.sellingPrice() == null || p.sellingPrice().signum() <= 0) {
            reasons.add(new Reason(field + ".selling_price", "must be a positive amount"));
        } else if (p.sellingPrice().stripTrailingZeros().scale() > 2) {
            reasons.add(new Reason(field + ".selling_price", "must be rupees with at most two decimals (paise)"));
        } else if (p.maxRetailPrice() != null && p.sellingPrice().compareTo(p.maxRetailPrice()) > 0) {
            // Selling above the MRP printed on the pack is not allowed in India.
            reasons.add(new Reason(field + ".selling_price", "must not be above max_retail_price"));
        }
        BigDecimal total = p.totalTaxRate();
        if (total == null || total.signum() < 0 || total.compareTo(HUNDRED) > 0) {
            reasons.add(new Reason(field + ".total_tax_rate", "must be a rate from 0 to 100"));
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean anyComponent = false;
        for (Map.Entry<String, BigDecimal> rate : rates(p).entrySet()) {
            if (rate.getValue() == null) {
                continue;
            }
            anyComponent = true;
            if (rate.getValue().signum() < 0 || rate.getValue().compareTo(HUNDRED) > 0) {
                reasons.add(new Reason(field + "." + rate.getKey(), "must be a rate from 0 to 100"));
            }
            sum = sum.add(rate.getValue());
        }
        if (anyComponent && total != null && sum.subtract(total).abs().compareTo(TAX_TOLERANCE) > 0) {
            reasons.add(new Reason(field + ".total_tax_rate",
                    "must equal sgst_tax_rate + cgst_tax_rate + igst_tax_rate (" + sum.stripTrailingZeros().toPlainString() + ")"));
        }
        if (p.igstTaxRate() != null && p.igstTaxRate().signum() > 0
                && (nonZero(p.sgstTaxRate()) || nonZero(p.cgstTaxRate()))) {
            // IGST applies to inter-state supply, CGST+SGST to intra-state: one supply is never both.
            reasons.add(new Reason(field + ".igst_tax_rate", "cannot be combined with sgst_tax_rate or cgst_tax_rate"));
        }
        if ((p.sgstTaxRate() != null || p.cgstTaxRate() != null)
                && (p.sgstTaxRate() == null || p.cgstTaxRate() == null || p.sgstTaxRate().compareTo(p.cgstTaxRate()) != 0)) {
            reasons.add(new Reason(field + ".sgst_tax_rate", "must equal cgst_tax_rate (GST splits evenly between them)"));
        }
        return new CatalogueItemDocument.Price(exclusive != null && exclusive, p.maxRetailPrice(), p.sellingPrice(),
                p.sgstTaxRate(), p.cgstTaxRate(), p.igstTaxRate(), total);
    }

    private static Map<String, BigDecimal> rates(CatalogueItemInput.Price p) {
        Map<String, BigDecimal> rates = new java.util.LinkedHashMap<>();
        rates.put("sgst_tax_rate", p.sgstTaxRate());
        rates.put("cgst_tax_rate", p.cgstTaxRate());
        rates.put("igst_tax_rate", p.igstTaxRate());
        return rates;
    }

    private static boolean nonZero(BigDecimal value) {
        return value != null && value.signum() != 0;
    }

    private static CatalogueItemInput.Inventory inventory(CatalogueItemInput.Inventory inventory, List<Reason> reasons) {
        if (inventory == null) {
            reasons.add(new Reason("inventory", "is required"));
            return null;
        }
        if (inventory.unitDenomination() == null || !UNITS.contains(inventory.unitDenomination())) {
            reasons.add(new Reason("inventory.unit_denomination", "must be one of Setu's units (GM, KG, ML, LT, EA, PC, PK, DZ, BX, ...)"));
        }
        if (inventory.unitValue() == null || inventory.unitValue() < 1) {
            reasons.add(new Reason("inventory.unit_value", "must be a positive integer"));
        }
        if (inventory.quantity() == null || inventory.quantity() < 0) {
            reasons.add(new Reason("inventory.quantity", "must be an integer of 0 or more"));
        }
        return inventory;
    }

    private static CatalogueItemDocument.Policies policies(CatalogueItemInput.Policies p, List<Reason> reasons) {
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
     * and ONDC's ISO-8601 duration. All become the ISO-8601 duration.
     */
    static String timeToShip(JsonNode value, List<Reason> reasons) {
        String field = "item_policies.time_to_ship";
        Duration duration = null;
        if (value == null || value.isNull() || value.isMissingNode()) {
            reasons.add(new Reason(field, "is required"));
            return null;
        } else if (value.isIntegralNumber()) {
            duration = Duration.ofDays(value.asLong());
        } else if (value.isObject()) {
            for (String part : List.of("days", "hours", "seconds")) {
                JsonNode n = value.path(part);
                if (!n.isMissingNode() && !n.isNull() && !n.isIntegralNumber()) {
                    reasons.add(new Reason(field + "." + part, "must be an integer"));
                    return null;
                }
            }
            duration = Duration.ofDays(value.path("days").asLong(0)).plusHours(value.path("hours").asLong(0))
                    .plusSeconds(value.path("seconds").asLong(0));
        } else if (value.isTextual()) {
            try {
                String text = value.asText();
                duration = text.contains("D") && !text.contains("T") ? Duration.ofDays(java.time.Period.parse(text).getDays())
                        : Duration.parse(text);
            } catch (DateTimeParseException e) {
                reasons.add(new Reason(field, "must be days (an integer), {days, hours, seconds} or an ISO-8601 duration such as PT4H"));
                return null;
            }
        } else {
            reasons.add(new Reason(field, "must be days (an integer), {days, hours, seconds} or an ISO-8601 duration such as PT4H"));
            return null;
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(30)) > 0) {
            reasons.add(new Reason(field, "must be more than nothing and at most 30 days"));
            return null;
        }
        return iso(duration);
    }

    private static String iso(Duration duration) {
        if (duration.toSeconds() % 86400 == 0) {
            return "P" + duration.toDays() + "D";
        }
        return duration.toString();
    }

    private static void required(String value, String field, List<Reason> reasons) {
        if (value == null || value.isBlank()) {
            reasons.add(new Reason(field, "must not be blank"));
        }
    }

    private static void requiredFlag(Boolean value, String field, List<Reason> reasons) {
        if (value == null) {
            reasons.add(new Reason(field, "is required (true or false)"));
        }
    }

    /** Why a value is not an image URL a buyer app can fetch; null when it is one. */
    static String imageProblem(String value) {
        if (value == null || value.isBlank()) {
            return "must be an image URL, not blank";
        }
        if (value.length() > MAX_URL_LENGTH) {
            return "must be at most " + MAX_URL_LENGTH + " characters";
        }
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return "must be an absolute http or https URL";
            }
            if (uri.getRawUserInfo() != null) {
                // Buyer apps show these URLs to everyone: credentials in them would leak.
                return "must not carry a user name or password";
            }
            return null;
        } catch (URISyntaxException e) {
            return "must be an absolute http or https URL (" + e.getReason() + ")";
        }
    }

    /** Jackson read the item but a value had the wrong type: name the field by its JSON path. */
    private static Reason wrongShape(DatabindException e) {
        StringBuilder path = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
        }
        String expected = "has a value of the wrong type";
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            expected = type == String.class ? "must be a string"
                    : type == Boolean.class ? "must be true or false"
                    : type == Integer.class ? "must be an integer"
                    : Number.class.isAssignableFrom(type) ? "must be a number"
                    : List.class.isAssignableFrom(type) ? "must be an array"
                    : "must be an object";
        }
        return new Reason(path.isEmpty() ? null : path.toString(), expected);
    }
}
