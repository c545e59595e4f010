package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalogue item after its rules were checked, in the one form we store and answer with. */
public record CatalogueItemDocument(
        @JsonProperty("sub_categories") List<String> subCategories,
        @JsonProperty("catalogue_item_details") Details catalogueItemDetails,
        CatalogueItemInput.Inventory inventory,
        @JsonProperty("item_policies") Policies itemPolicies,
        @Schema(nullable = true, description = "overrides the storefront's serviceability for this item; null: the storefront's applies")
        Serviceability serviceability) {

    /** Name, descriptions, images, statutory blocks (as sent) and price. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CatalogueItemDetails")
    public record Details(
            String name,
            @Schema(nullable = true) String symbol,
            @Schema(nullable = true) @JsonProperty("short_description") String shortDescription,
            @Schema(nullable = true) @JsonProperty("long_description") String longDescription,
            @Schema(nullable = true) List<String> images,
            @Schema(description = "prepackaged_commodities, prepackaged_food, food_beverages blocks as Setu defines them (AnyValue: null too)")
            @JsonProperty("subcategory_specific_requirements") JsonNode subcategorySpecificRequirements,
            @Schema(nullable = true) Price price,
            @Schema(description = "the goods' HSN code (4, 6 or 8 digits), printed on GST invoices; null when not given", nullable = true,
                    example = "11010000") @JsonProperty("hsn_code") String hsnCode) {
    }

    /**
     * The price with the tax split; the flag is always answered in the OpenAPI's exclusive form. {@code taxable_value}
     * and {@code tax_value} are worked out here ({@link GstSplit}) whatever a stored or sent document says.
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CatalogueItemPrice")
    public record Price(
            @JsonProperty("is_selling_price_exclusive_of_gst") boolean exclusiveOfGst,
            @Schema(nullable = true) @JsonProperty("max_retail_price") BigDecimal maxRetailPrice,
            @Schema(nullable = true) @JsonProperty("selling_price") BigDecimal sellingPrice,
            @Schema(nullable = true) @JsonProperty("sgst_tax_rate") BigDecimal sgstTaxRate,
            @Schema(nullable = true) @JsonProperty("cgst_tax_rate") BigDecimal cgstTaxRate,
            @Schema(nullable = true) @JsonProperty("igst_tax_rate") BigDecimal igstTaxRate,
            @Schema(nullable = true) @JsonProperty("total_tax_rate") BigDecimal totalTaxRate,
            @Schema(description = "the selling price without GST, rupees to the paisa (half up)", readOnly = true, nullable = true, example = "93.22")
            @JsonProperty("taxable_value") BigDecimal taxableValue,
            @Schema(description = "the GST on taxable_value, rupees to the paisa (half up)", readOnly = true, nullable = true, example = "16.78")
            @JsonProperty("tax_value") BigDecimal taxValue) {

        public Price {
            GstSplit split = GstSplit.of(sellingPrice, totalTaxRate, exclusiveOfGst);
            taxableValue = split == null ? null : split.taxableValue();
            taxValue = split == null ? null : split.taxValue();
        }

        public Price(boolean exclusiveOfGst, BigDecimal maxRetailPrice, BigDecimal sellingPrice, BigDecimal sgstTaxRate,
                BigDecimal cgstTaxRate, BigDecimal igstTaxRate, BigDecimal totalTaxRate) {
            this(exclusiveOfGst, maxRetailPrice, sellingPrice, sgstTaxRate, cgstTaxRate, igstTaxRate, totalTaxRate, null, null);
        }
    }

    /** Item policies; {@code time_to_ship} as an ISO-8601 duration, ONDC's {@code @ondc/org/time_to_ship}. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CatalogueItemPolicies")
    public record Policies(
            boolean returnable,
            @Schema(nullable = true) @JsonProperty("return_window") Integer returnWindow,
            @Schema(nullable = true) @JsonProperty("seller_pickup_return") Boolean sellerPickupReturn,
            boolean cancellable,
            @JsonProperty("cod_availability") boolean codAvailability,
            @Schema(example = "P3D", nullable = true) @JsonProperty("time_to_ship") String timeToShip,
            @Schema(nullable = true) @JsonProperty("max_sale_quantity") Integer maxSaleQuantity,
            @Schema(nullable = true) @JsonProperty("min_sale_quantity") Integer minSaleQuantity) {
    }
}
