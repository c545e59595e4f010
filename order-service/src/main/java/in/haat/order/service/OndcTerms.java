package in.haat.order.service;

import in.haat.ondc.beckn.Descriptor;
import in.haat.ondc.beckn.Tag;
import in.haat.ondc.beckn.TagGroup;
import in.haat.ondc.retail.CancellationTerm;
import in.haat.ondc.retail.FulfillmentState;
import in.haat.ondc.retail.SettlementDetail;
import in.haat.order.FulfilmentState;
import in.haat.order.config.OrderConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Our terms as /on_init states them: settlement details, cancellation terms and our bpp_terms tags. */
@ApplicationScoped
public class OndcTerms {

    /** A cancellation fee: from this fulfilment state, this percentage of the order, for these reason codes (short_desc). */
    record CancellationFee(FulfilmentState state, String percentage, String reasons) {
    }

    static final List<CancellationFee> CANCELLATION_FEES = List.of(
            new CancellationFee(FulfilmentState.PENDING, "0.00", "002"),
            // ONDC's own on_init example: 10% once packed, for a buyer who cancels because the price changed (001) or
            // found it cheaper elsewhere (003); the buyer's /cancel then pays it (Cancellation.fee).
            new CancellationFee(FulfilmentState.PACKED, "10.00", "001,003"),
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
    SettlementDetail settlement(Catalogue.Storefront storefront) {
        Catalogue.BankAccount bank = storefront.bankAccount();
        if (bank != null) {
            String ifsc = bank.ifscCode() == null ? "" : bank.ifscCode();
            String beneficiary = bank.beneficiaryName() != null ? bank.beneficiaryName() : storefront.incorporationName();
            // ONDC wants both named; Setu's account has neither, but the IFSC names the bank (its first four letters)
            // and the branch (the code as a whole).
            String bankName = bank.bankName() != null ? bank.bankName() : BANKS.getOrDefault(ifsc.length() >= 4 ? ifsc.substring(0, 4) : "", ifsc);
            return new SettlementDetail("seller-app", "sale-amount", "neft", null, null, null, null, beneficiary, bank.accountNumber(),
                    bank.ifscCode() == null ? "" : bank.ifscCode(), null, bankName, bank.branchName() != null ? bank.branchName() : ifsc, Map.of());
        }
        return new SettlementDetail("seller-app", "sale-amount", "upi", null, null, null, null, storefront.name(), null, null,
                config.terms().fallbackUpi().orElse("settlements@haat"), null, null, Map.of());
    }

    /** The cancellation fee by fulfilment state, with amounts on {@code total}. */
    static List<CancellationTerm> cancellationTerms(BigDecimal total) {
        return CANCELLATION_FEES.stream().map(t -> {
            BigDecimal fee = total.multiply(new BigDecimal(t.percentage())).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            Descriptor state = new Descriptor(null, t.state().code(), t.reasons(), null, null, null, Map.of());
            return new CancellationTerm(new FulfillmentState(state, Map.of()), null,
                    new in.haat.ondc.retail.CancellationFee(t.percentage(), Quote.inr(fee), Map.of()), Map.of());
        }).toList();
    }

    TagGroup bppTerms(Catalogue.Storefront storefront) {
        OrderConfig.Terms t = config.terms();
        String pan = storefront.pan();
        return TagGroup.of("bpp_terms", List.of(
                Tag.of("np_type", t.npType()),
                Tag.of("tax_number", t.taxNumber()),
                Tag.of("provider_tax_number", pan != null ? pan : t.taxNumber().length() >= 12 ? t.taxNumber().substring(2, 12) : t.taxNumber()),
                Tag.of("max_liability", t.maxLiability()),
                Tag.of("max_liability_cap", t.maxLiabilityCap()),
                Tag.of("mandatory_arbitration", t.mandatoryArbitration()),
                Tag.of("court_jurisdiction", t.courtJurisdiction()),
                Tag.of("delay_interest", t.delayInterest())));
    }
}
