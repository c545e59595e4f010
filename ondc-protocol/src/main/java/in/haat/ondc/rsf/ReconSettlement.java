package in.haat.ondc.rsf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One settlement of an order in /recon and /on_recon: its id and payment, its status (TO_BE_INITIATED, PENDING, SETTLED,
 * NOT_SETTLED), the amount to the receiver, the buyer app's commission (finder fee), the withholding, TCS and TDS.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReconSettlement(
        String id,
        @JsonProperty("payment_id") String paymentId,
        String status,
        Amount amount,
        Amount commission,
        @JsonProperty("withholding_amount") Amount withholdingAmount,
        Amount tcs,
        Amount tds,
        @JsonProperty("settlement_ref_no") String settlementRefNo,
        @JsonProperty("updated_at") String updatedAt) {
}
