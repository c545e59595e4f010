package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * One catalogue item as a client sends it (Setu's ProductItemDTO), read leniently so that every problem of an
 * item can be named in its result instead of failing the whole call. Both of Setu's names for the details
 * object are read: {@code catalogue_item_details} (OpenAPI) and {@code catalogue_item_description} (guide).
 */
public record CatalogueItemInput(
        @JsonProperty("catalogue_item_id") String catalogueItemId,
        @JsonProperty("sub_categories") List<String> subCategories,
        @JsonProperty("catalogue_item_details") Details details,
        @JsonProperty("catalogue_item_description") Details description,
        Inventory inventory,
        @JsonProperty("item_policies") Policies itemPolicies,
        Serviceability serviceability) {

    /** Name, descriptions, images, statutory blocks and price. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CatalogueItemDetailsInput")
    public record Details(
            String name,
            String symbol,
            @JsonProperty("short_description") String shortDescription,
            @JsonProperty("long_description") String longDescription,
            List<String> images,
            @JsonProperty("subcategory_specific_requirements") JsonNode subcategorySpecificRequirements,
            Price price,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "the goods' HSN code for GST invoices: 4, 6 or 8 digits",
                    example = "11010000", pattern = "^([0-9]{4}|[0-9]{6}|[0-9]{8})$") @JsonProperty("hsn_code") String hsnCode) {

        public Details(String name, String symbol, String shortDescription, String longDescription, List<String> images,
                JsonNode subcategorySpecificRequirements, Price price) {
            this(name, symbol, shortDescription, longDescription, images, subcategorySpecificRequirements, price, null);
        }
    }

    /** The price; Setu's guide prose calls the flag {@code is_selling_price_inclusive_of_gst}, its schema the opposite. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CatalogueItemPriceInput")
    public record Price(
            @JsonProperty("is_selling_price_exclusive_of_gst") Boolean exclusiveOfGst,
            @JsonProperty("is_selling_price_inclusive_of_gst") Boolean inclusiveOfGst,
            @JsonProperty("max_retail_price") BigDecimal maxRetailPrice,
            @JsonProperty("selling_price") BigDecimal sellingPrice,
            @JsonProperty("sgst_tax_rate") BigDecimal sgstTaxRate,
            @JsonProperty("cgst_tax_rate") BigDecimal cgstTaxRate,
            @JsonProperty("igst_tax_rate") BigDecimal igstTaxRate,
            @JsonProperty("total_tax_rate") BigDecimal totalTaxRate) {
    }

    /** Unit and declared quantity. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CatalogueItemInventory")
    public record Inventory(
            @JsonProperty("unit_denomination") String unitDenomination,
            @JsonProperty("unit_value") Integer unitValue,
            Integer quantity) {
    }

    /** Return, cancellation, COD and shipping terms; {@code time_to_ship} in any of Setu's forms. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CatalogueItemPoliciesInput")
    public record Policies(
            Boolean returnable,
            @JsonProperty("return_window") Integer returnWindow,
            @JsonProperty("seller_pickup_return") Boolean sellerPickupReturn,
            Boolean cancellable,
            @JsonProperty("cod_availability") Boolean codAvailability,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "days (integer), {days, hours, seconds} or an ISO-8601 duration") @JsonProperty("time_to_ship") JsonNode timeToShip,
            @JsonProperty("max_sale_quantity") Integer maxSaleQuantity,
            @JsonProperty("min_sale_quantity") Integer minSaleQuantity) {
    }
}
