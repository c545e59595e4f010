package in.haat.order.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Issues and grievances (prefix {@code haat.igm}): our deadlines, who answers, and the grievance redressal officers. */
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
