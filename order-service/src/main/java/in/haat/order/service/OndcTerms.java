package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.order.FulfilmentState;
import in.haat.order.config.OrderConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Our terms as /on_init states them: settlement details, cancellation terms and our bpp_terms tags. */
@ApplicationScoped
public class OndcTerms {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** A cancellation fee: from this fulfilment state, this percentage of the order, for these reason codes (short_desc). */
    record CancellationFee(FulfilmentState state, String percentage, String reasons) {
    }

    static final List<CancellationFee> CANCELLATION_FEES = List.of(
            new CancellationFee(FulfilmentState.PENDING, "0.00", "002"),
            new CancellationFee(FulfilmentState.PACKED, "0.00", "001,003"),
            new CancellationFee(FulfilmentState.ORDER_PICKED_UP, "10.00", "001,003"),
            new CancellationFee(FulfilmentState.OUT_FOR_DELIVERY, "30.00", "009"),
            new CancellationFee(FulfilmentState.OUT_FOR_DELIVERY, "35.00", "010,011,012,013,014,015"));

    /** The banks of the commonest IFSC prefixes (RBI's bank codes); another prefix is named by the IFSC itself. */
    static final java.util.Map<String, String> BANKS = java.util.Map.ofEntries(
            java.util.Map.entry("SBIN", "State Bank of India"), java.util.Map.entry("HDFC", "HDFC Bank"),
            java.util.Map.entry("ICIC", "ICICI Bank"), java.util.Map.entry("UTIB", "Axis Bank"),
            java.util.Map.entry("KKBK", "Kotak Mahindra Bank"), java.util.Map.entry("PUNB", "Punjab National Bank"),
            java.util.Map.entry("BARB", "Bank of Baroda"), java.util.Map.entry("CNRB", "Canara Bank"),
            java.util.Map.entry("UBIN", "Union Bank of India"), java.util.Map.entry("IDIB", "Indian Bank"),
            java.util.Map.entry("BKID", "Bank of India"), java.util.Map.entry("YESB", "Yes Bank"),
            java.util.Map.entry("INDB", "IndusInd Bank"), java.util.Map.entry("IDFB", "IDFC First Bank"),
            java.util.Map.entry("FDRL", "Federal Bank"));

    private final OrderConfig config;

    public OndcTerms(OrderConfig config) {
        this.config = config;
    }

    /** Where the buyer app settles with the seller: the storefront's bank account (neft), else our UPI. */
    ObjectNode settlement(Catalogue.Storefront storefront) {
        ObjectNode s = JSON.objectNode();
        s.put("settlement_counterparty", "seller-app");
        s.put("settlement_phase", "sale-amount");
        JsonNode bank = storefront.bankAccount();
        if (bank.path("account_number").isTextual()) {
            s.put("settlement_type", "neft");
            s.put("beneficiary_name", bank.path("beneficiary_name").asText(storefront.legalDetails().path("incorporation_name").asText(storefront.name())));
            s.put("settlement_bank_account_no", bank.path("account_number").asText());
            s.put("settlement_ifsc_code", bank.path("ifsc_code").asText());
            String ifsc = bank.path("ifsc_code").asText("");
            // ONDC wants both named; Setu's account has neither, but the IFSC names the bank (its first four letters)
            // and the branch (the code as a whole).
            s.put("bank_name", bank.path("bank_name").asText(BANKS.getOrDefault(ifsc.length() >= 4 ? ifsc.substring(0, 4) : "", ifsc)));
            s.put("branch_name", bank.path("branch_name").asText(ifsc));
        } else {
            s.put("settlement_type", "upi");
            s.put("beneficiary_name", storefront.name());
            s.put("upi_address", config.terms().fallbackUpi().orElse("settlements@haat"));
        }
        return s;
    }

    /** The cancellation fee by fulfilment state, with amounts on {@code total}. */
    static ArrayNode cancellationTerms(BigDecimal total) {
        ArrayNode terms = JSON.arrayNode();
        for (CancellationFee t : CANCELLATION_FEES) {
            ObjectNode term = terms.addObject();
            term.putObject("fulfillment_state").putObject("descriptor").put("code", t.state().code()).put("short_desc", t.reasons());
            BigDecimal fee = total.multiply(new BigDecimal(t.percentage())).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            ObjectNode feeNode = term.putObject("cancellation_fee");
            feeNode.put("percentage", t.percentage());
            feeNode.set("amount", Quote.price(fee));
        }
        return terms;
    }

    ObjectNode bppTerms(Catalogue.Storefront storefront) {
        ObjectNode tag = JSON.objectNode();
        tag.put("code", "bpp_terms");
        ArrayNode list = tag.putArray("list");
        OrderConfig.Terms t = config.terms();
        list.addObject().put("code", "np_type").put("value", t.npType());
        list.addObject().put("code", "tax_number").put("value", t.taxNumber());
        list.addObject().put("code", "provider_tax_number").put("value",
                storefront.legalDetails().path("pan").asText(t.taxNumber().length() >= 12 ? t.taxNumber().substring(2, 12) : t.taxNumber()));
        list.addObject().put("code", "max_liability").put("value", t.maxLiability());
        list.addObject().put("code", "max_liability_cap").put("value", t.maxLiabilityCap());
        list.addObject().put("code", "mandatory_arbitration").put("value", t.mandatoryArbitration());
        list.addObject().put("code", "court_jurisdiction").put("value", t.courtJurisdiction());
        list.addObject().put("code", "delay_interest").put("value", t.delayInterest());
        return tag;
    }
}
