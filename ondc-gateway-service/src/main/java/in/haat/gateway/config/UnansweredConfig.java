package in.haat.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** The buyer actions no service answers yet (prefix {@code haat.ondc.unanswered}). */
@ConfigMapping(prefix = "haat.ondc.unanswered")
public interface UnansweredConfig {

    /**
     * Actions the gateway itself answers with a "not supported" /on_* until a service handles them; an action
     * leaves this list in the same change that makes a service answer it (/cancel: order-service, issue 13; /rating, /issue, /issue_status: order-service, issue 14).
     */
    @WithDefault("update")
    Set<String> actions();
}
