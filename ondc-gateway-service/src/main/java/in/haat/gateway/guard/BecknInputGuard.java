package in.haat.gateway.guard;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.gateway.beckn.BecknError;
import in.haat.gateway.config.EdgeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The hostile-input checks of the beckn edge, in the order the inbound flow needs them: a strict parse of the
 * signed bytes, then bounds on the context and where its callbacks may go. Each refusal is a 30000 NACK.
 */
@ApplicationScoped
public class BecknInputGuard {

    private final ContextLimits limits;
    private final CallbackTargets targets;

    public BecknInputGuard(EdgeConfig config, CallbackTargets targets) {
        this.limits = new ContextLimits(config.maxIdLength(), config.maxTtl());
        this.targets = targets;
    }

    /** The body as one strict JSON object, or why not. */
    public StrictBecknJson.Parsed parse(byte[] body) {
        return StrictBecknJson.parse(body);
    }

    /**
     * The first bound the request's context breaks (its sender already matched the signer); {@code callsBack} false for
     * a message no callback answers (the settlement agency's /on_report), whose bap_uri is ours, not a target.
     */
    public Optional<BecknError> check(JsonNode request, boolean callsBack) {
        JsonNode context = request.path("context");
        if (!context.isObject()) {
            return Optional.empty();
        }
        Optional<BecknError> broken = limits.check(context);
        if (broken.isPresent() || !callsBack || !context.path("bap_uri").isTextual() || !context.path("bap_id").isTextual()) {
            return broken;
        }
        return targets.problem(context.get("bap_id").asText(), context.get("bap_uri").asText())
                .map(problem -> BecknError.invalidContext("context.bap_uri", problem));
    }
}
