package in.haat.gateway.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;
import java.util.Set;

/** The buyer actions no service answers yet (prefix {@code haat.ondc.unanswered}). */
@ConfigMapping(prefix = "haat.ondc.unanswered")
public interface UnansweredConfig {

    /**
     * Actions the gateway itself answers with a "not supported" /on_* until a service handles them; an action
     * leaves this list in the same change that makes a service answer it. None is left: order-service answers /cancel
     * and /update (issue 13), /rating, /issue and /issue_status (issue 14). Kept for an action the network adds
     * before we answer it (set {@code HAAT_ONDC_UNANSWERED_ACTIONS}), so that no ACK is ever left without a callback.
     */
    Optional<Set<String>> actions();
}
