package in.haat.order.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Issues and grievances (prefix {@code haat.igm}): our deadlines, who answers, the grievance redressal officers and ODR providers. */
@ConfigMapping(prefix = "haat.igm")
public interface IgmConfig {

    /** How soon an issue gets a response when it does not state its own expected_response_time (ONDC's examples: PT2H). */
    @WithDefault("PT2H")
    Duration responseTime();

    /** How soon an issue is resolved when it does not state its own expected_resolution_time (ONDC's examples: P1D). */
    @WithDefault("P1D")
    Duration resolutionTime();

    /** Who answers issues for the seller app (updated_by of our actions, the resolution support contact). */
    Officer respondent();

    /** The grievance redressal officer an escalated issue goes to, unless its seller has its own. */
    Officer gro();

    /** Sellers' own grievance redressal officers, by seller id. */
    Map<String, Officer> sellerGros();

    /** The online dispute resolution provider a grievance escalated again (a DISPUTE) goes to, unless its seller has its own. */
    Odr odr();

    /** Sellers' own ODR providers, by seller id. */
    Map<String, Odr> sellerOdrs();

    /** An online dispute resolution provider (IGM's ODR): its name, where the buyer reaches it, what it does and charges, its rating. */
    interface Odr {

        @WithDefault("Haat ODR")
        String name();

        @WithDefault("https://odr.haat.localhost")
        String url();

        @WithDefault("Online dispute resolution")
        String shortDesc();

        /** What it charges the complainant, in rupees (IGM's pricing_model.price). */
        @WithDefault("0.00")
        String price();

        @WithDefault("No charge to the complainant")
        String pricingInfo();

        /** Its resolutions' rating as it publishes it (IGM's resolution_ratings.value). */
        @WithDefault("4.5")
        String rating();
    }

    /** A person and how to reach them. */
    interface Officer {

        @WithDefault("Haat support")
        String name();

        @WithDefault("9999999999")
        String phone();

        @WithDefault("support@haat.localhost")
        String email();
    }
}
