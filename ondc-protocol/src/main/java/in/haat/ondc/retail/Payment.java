package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.List;
import java.util.Map;

/**
 * The order's payment: type, status, who collects, the buyer app finder fee and the settlement terms. Fields this
 * record does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Payment(
        String uri,
        @JsonProperty("tl_method") String tlMethod,
        JsonNode params,
        String type,
        String status,
        @JsonProperty("collected_by") String collectedBy,
        @JsonProperty("@ondc/org/buyer_app_finder_fee_type") String ondcBuyerAppFinderFeeType,
        @JsonProperty("@ondc/org/buyer_app_finder_fee_amount") String ondcBuyerAppFinderFeeAmount,
        @JsonProperty("@ondc/org/settlement_basis") String ondcSettlementBasis,
        @JsonProperty("@ondc/org/settlement_window") String ondcSettlementWindow,
        @JsonProperty("@ondc/org/withholding_amount") String ondcWithholdingAmount,
        @JsonProperty("@ondc/org/settlement_details") List<SettlementDetail> ondcSettlementDetails,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Payment {
        extra = Extra.of(extra);
    }

    public Payment withOndcSettlementDetails(List<SettlementDetail> ondcSettlementDetails) {
        return new Payment(uri, tlMethod, params, type, status, collectedBy, ondcBuyerAppFinderFeeType, ondcBuyerAppFinderFeeAmount,
                ondcSettlementBasis, ondcSettlementWindow, ondcWithholdingAmount, ondcSettlementDetails, extra);
    }
}
