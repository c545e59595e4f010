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
        @Schema(description = "overrides the storefront's serviceability for this item; null: the storefront's applies")
        Serviceability serviceability) {

    /** Name, descriptions, images, statutory blocks (as sent) and price. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CatalogueItemDetails")
    public record Details(
            String name,
            String symbol,
            @JsonProperty("short_description") String shortDescription,
            @JsonProperty("long_description") String longDescription,
            List<String> images,
            @Schema(description = "prepackaged_commodities, prepackaged_food, food_beverages blocks as Setu defines them")
            @JsonProperty("subcategory_specific_requirements") JsonNode subcategorySpecificRequirements,
            Price price,
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
            @JsonProperty("max_retail_price") BigDecimal maxRetailPrice,
            @JsonProperty("selling_price") BigDecimal sellingPrice,
            @JsonProperty("sgst_tax_rate") BigDecimal sgstTaxRate,
            @JsonProperty("cgst_tax_rate") BigDecimal cgstTaxRate,
            @JsonProperty("igst_tax_rate") BigDecimal igstTaxRate,
            @JsonProperty("total_tax_rate") BigDecimal totalTaxRate,
            @Schema(description = "the selling price without GST, rupees to the paisa (half up)", readOnly = true, example = "93.22")
            @JsonProperty("taxable_value") BigDecimal taxableValue,
            @Schema(description = "the GST on taxable_value, rupees to the paisa (half up)", readOnly = true, example = "16.78")
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
            @JsonProperty("return_window") Integer returnWindow,
            @JsonProperty("seller_pickup_return") Boolean sellerPickupReturn,
            boolean cancellable,
            @JsonProperty("cod_availability") boolean codAvailability,
            @Schema(example = "P3D") @JsonProperty("time_to_ship") String timeToShip,
            @JsonProperty("max_sale_quantity") Integer maxSaleQuantity,
            @JsonProperty("min_sale_quantity") Integer minSaleQuantity) {
    }
}
