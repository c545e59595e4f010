package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A GST tax invoice or credit note as issued (JSON; the PDF shows the same), amounts in rupees as text to the paisa.
 * Within one state each line's GST is CGST + SGST, across states IGST; {@code totals.total} is the sum of the lines.
 */
@Schema(name = "GstDocument")
public record GstDocument(
        @Schema(enumeration = {"TAX_INVOICE", "CREDIT_NOTE"}) String type,
        @Schema(example = "INV/26-27/000001") String number,
        @Schema(example = "2026-27") @JsonProperty("financial_year") String financialYear,
        @JsonProperty("issued_at") String issuedAt,
        @JsonProperty("order_id") String orderId,
        @Schema(description = "the invoice a credit note is against; null on an invoice", nullable = true)
        @JsonProperty("invoice_number") String invoiceNumber,
        @Schema(description = "why a credit note was issued (RTO, RETURN, ...); null on an invoice", nullable = true) String reason,
        Party seller,
        Party buyer,
        @JsonProperty("place_of_supply") PlaceOfSupply placeOfSupply,
        @Schema(description = "IGST (across states) rather than CGST + SGST (within a state)") @JsonProperty("inter_state") boolean interState,
        List<Line> lines,
        Totals totals) {

    /** Seller or buyer: name, address, state and, for the seller, GSTIN (null for a buyer without one). */
    public record Party(
            String name,
            String address,
            @Schema(nullable = true) String state,
            @Schema(nullable = true) @JsonProperty("state_code") String stateCode,
            @Schema(nullable = true) String gstin) {
    }

    /** Where the supply is taxed: the buyer's delivery state, with its GST state code. */
    public record PlaceOfSupply(String state, @Schema(nullable = true) @JsonProperty("state_code") String stateCode) {
    }

    /** One line: an item (with its HSN code) or a charge (delivery, packing) as the quote has it. */
    public record Line(
            @JsonProperty("line_no") int lineNo,
            @Schema(enumeration = {"item", "delivery", "packing", "misc"}) String kind,
            String description,
            @Schema(nullable = true) @JsonProperty("item_id") String itemId,
            @Schema(description = "4, 6 or 8 digits; null when the catalogue item has none", nullable = true) @JsonProperty("hsn_code") String hsnCode,
            int quantity,
            @Schema(example = "93.22") @JsonProperty("taxable_value") String taxableValue,
            @Schema(example = "18") @JsonProperty("gst_rate") String gstRate,
            @Schema(example = "8.39") String cgst,
            @Schema(example = "8.39") String sgst,
            @Schema(example = "0.00") String igst,
            @Schema(example = "110.00") String total) {
    }

    /** The sums of the lines: taxable value, each tax, and the total (the quote's price, for an invoice). */
    public record Totals(
            @JsonProperty("taxable_value") String taxableValue,
            String cgst,
            String sgst,
            String igst,
            String total) {
    }
}
