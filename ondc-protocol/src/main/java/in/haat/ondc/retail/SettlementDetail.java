package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * One settlement term or trail entry: who is paid, how and when (refund types netbanking, card, wallet, upi, neft,
 * rtgs all pass). Fields this record does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SettlementDetail(
        @JsonProperty("settlement_counterparty") String settlementCounterparty,
        @JsonProperty("settlement_phase") String settlementPhase,
        @JsonProperty("settlement_type") String settlementType,
        @JsonProperty("settlement_amount") String settlementAmount,
        @JsonProperty("settlement_timestamp") String settlementTimestamp,
        @JsonProperty("settlement_status") String settlementStatus,
        @JsonProperty("settlement_reference") String settlementReference,
        @JsonProperty("beneficiary_name") String beneficiaryName,
        @JsonProperty("settlement_bank_account_no") String settlementBankAccountNo,
        @JsonProperty("settlement_ifsc_code") String settlementIfscCode,
        @JsonProperty("upi_address") String upiAddress,
        @JsonProperty("bank_name") String bankName,
        @JsonProperty("branch_name") String branchName,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public SettlementDetail {
        extra = Extra.of(extra);
    }
}
