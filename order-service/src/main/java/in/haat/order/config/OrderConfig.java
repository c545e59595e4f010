package in.haat.order.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** Settings of the order flow (prefix {@code haat.order}). */
@ConfigMapping(prefix = "haat.order")
public interface OrderConfig {

    /** true: a confirmed order is Accepted at once; false: it is Created and the seller accepts it. */
    @WithDefault("false")
    boolean autoAccept();

    /** How long stock stays held between /init and /confirm. */
    @WithDefault("PT15M")
    Duration holdTtl();

    /**
     * Whether /init's hold is asked without a time limit at inventory-service (we release it after {@link #holdTtl()}),
     * so /confirm can answer at once; false: inventory-service expires it, /confirm waits for its commit.
     */
    @WithDefault("true")
    boolean holdUntilReleased();

    /** How often holds past {@link #holdTtl()} are released (read by {@code @Scheduled}, hence a string). */
    @WithDefault("30s")
    String holdSweepInterval();

    /** How many such holds one sweep releases at most, in one transaction. */
    @WithDefault("100")
    int holdSweepBatch();

    /** How long an /on_select quote is good for (quote.ttl). */
    @WithDefault("PT15M")
    Duration quoteTtl();

    /** Delivery charge per order, rupees (a delivery line is always quoted when the buyer is served). */
    @WithDefault("0.00")
    BigDecimal deliveryCharge();

    /** Packing charge per order, rupees; quoted only when above zero. */
    @WithDefault("0.00")
    BigDecimal packingCharge();

    /** Delivery time added to the items' time to ship for the fulfilment's TAT. */
    @WithDefault("PT1H")
    Duration deliveryTime();

    /** Where buyer apps fetch invoices: this service's public URL. */
    @WithDefault("http://localhost:8084")
    String publicUrl();

    /** Our subscriber id on the network (the gateway's {@code haat.ondc.bpp-id}): who cancelled, when the seller cancels. */
    @WithDefault("haat.localhost")
    String bppId();

    /** The bpp_terms we state at /on_init and /on_confirm. */
    Terms terms();

    /** Our terms of business as ONDC's bpp_terms tags carry them. */
    interface Terms {
        /** ISN (the seller app is the seller) or MSN (a marketplace of sellers). */
        @WithDefault("MSN")
        String npType();

        /** Our GSTIN as the seller app (tax_number). */
        @WithDefault("29AAACH1234M1Z5")
        String taxNumber();

        @WithDefault("2")
        String maxLiability();

        @WithDefault("10000.00")
        String maxLiabilityCap();

        @WithDefault("false")
        String mandatoryArbitration();

        @WithDefault("Bengaluru")
        String courtJurisdiction();

        @WithDefault("7.50")
        String delayInterest();

        /** Settlement window and basis (@ondc/org/settlement_window, _basis). */
        @WithDefault("P1D")
        String settlementWindow();

        @WithDefault("delivery")
        String settlementBasis();

        @WithDefault("0.00")
        String withholdingAmount();

        /** Our UPI id when a storefront's bank account is not known. */
        Optional<String> fallbackUpi();

        /**
         * How deliveries travel (the Delivery fulfilment's routing tag): P2P, hyperlocal from the store to the door, as
         * the storefronts' own riders deliver; P2H2P goes through hubs (intercity).
         */
        @WithDefault("P2P")
        String routingType();
    }
}
