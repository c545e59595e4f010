package in.haat.ondc.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * The one validator of beckn messages, retail 1.2.0 and 1.2.5 and IGM 1.0.0 and 2.0.0: the context rules, then the
 * schema of the action's path in the spec of the message's version. Requests that break a rule ONDC enforces get
 * errors (NACK with the first one's code); what the network lets through comes back as warnings. The same rules
 * check the callbacks we send. Thread-safe; CPU work: run it off the event loop.
 */
public final class BecknValidator {

    private final ContextRules rules;
    private final SchemaCheck schemas;

    /**
     * @param bppId our subscriber id; requests other than /search must name it, callbacks must carry it
     * @param bppUri our subscriber url, likewise
     * @param clockSkew how far a timestamp may be in the future, and how long after its ttl a request is still taken
     * @param defaultTtl a request's ttl when its context names none
     */
    public BecknValidator(SchemaCheck schemas, String bppId, String bppUri, Duration clockSkew, Duration defaultTtl) {
        this.schemas = schemas;
        this.rules = new ContextRules(bppId, bppUri, clockSkew, defaultTtl);
    }

    /** Checks a buyer app's request to {@code /action} (search, select, ..., issue, issue_status) received at {@code now}. */
    public ValidationResult checkInbound(String action, JsonNode request, Instant now) {
        ValidationResult context = rules.inbound(action, request, now);
        if (!context.ok()) {
            return context;
        }
        OndcSpec spec = OndcSpec.of(action, request.path("context")).orElseThrow();
        return context.and(schemas.check(spec, action, request));
    }

    /** Checks a callback (on_search, ..., on_issue_status) we are about to send; its action is its context's. */
    public ValidationResult checkOutgoing(JsonNode callback) {
        ValidationResult context = rules.outgoing(callback);
        if (!context.ok()) {
            return context;
        }
        String action = callback.path("context").path("action").asText();
        OndcSpec spec = OndcSpec.of(action, callback.path("context")).orElseThrow();
        return context.and(schemas.check(spec, action, callback));
    }
}
