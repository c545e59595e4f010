package in.haat.order.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Settlement (prefix {@code haat.settlement}, docs/settlement.md): the TCS and TDS rates, who withholds them from the
 * seller, and the return window a {@code return_window_expiry} basis waits for when the order's payment names none.
 */
@ConfigMapping(prefix = "haat.settlement")
public interface SettlementConfig {

    /** Who withholds TCS and TDS from the seller's money: the seller app, the collector, or nobody. */
    enum TaxWithholder {
        /** We are the e-commerce operator the seller sells through (a marketplace seller app): we withhold both. */
        SELLER_APP,
        /** The collecting buyer app withholds them: its /recon states them, and they are off the amount it pays us. */
        COLLECTOR,
        /** Neither (an operator outside GST section 52 and income-tax 194-O, or a seller exempted). */
        NONE
    }

    /** GST section 52 TCS rate on the taxable value (0.01: 1%). */
    @WithDefault("0.01")
    BigDecimal tcsRate();

    /** Income-tax section 194-O TDS rate on the amount less GST (0.01: 1%). */
    @WithDefault("0.01")
    BigDecimal tdsRate();

    @WithDefault("seller-app")
    TaxWithholder taxesWithheldBy();

    /** The return window when the basis is return_window_expiry and the payment states no {@code @ondc/org/return_window}. */
    @WithDefault("P7D")
    Duration returnWindow();
}
