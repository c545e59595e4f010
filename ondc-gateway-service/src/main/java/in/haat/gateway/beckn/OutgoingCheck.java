package in.haat.gateway.beckn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.Offload;
import in.haat.ondc.validation.BecknValidator;
import in.haat.ondc.validation.Problem;
import in.haat.ondc.validation.ValidationResult;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The guard on what we send: each callback is checked with the ondc-protocol validator before it goes out, and one
 * it refuses is logged with its transaction at WARN and counted in {@code haat_ondc_outgoing_invalid_total} (by
 * action and the first error's path, list indexes as *). It checks the bytes that go out (the body as written, so
 * raw catalogue parts are read as JSON), on a worker, and never holds up or changes the callback.
 */
@ApplicationScoped
public class OutgoingCheck {

    private static final Logger LOG = Logger.getLogger(OutgoingCheck.class);

    private final BecknValidator validator;
    private final MeterRegistry registry;
    private final ObjectMapper json;
    private final AtomicInteger pending = new AtomicInteger();

    public OutgoingCheck(BecknValidator validator, MeterRegistry registry, ObjectMapper json) {
        this.validator = validator;
        this.registry = registry;
        this.json = json;
    }

    /**
     * Checks callbacks' bodies, as they will be sent, on a worker: a batch's callbacks in one task, so a batch costs
     * one hand-over to a worker and back, not one per callback (issue 15).
     */
    public void checkLater(List<String> callbacks) {
        if (callbacks.isEmpty()) {
            return;
        }
        pending.addAndGet(callbacks.size());
        Offload.cpu(() -> {
            for (String callback : callbacks) {
                try {
                    check(json.readTree(callback));
                } catch (Exception e) {
                    LOG.warnf(e, "could not check an outgoing callback");
                }
            }
            return null;
        })
                // The batch stops being pending once, however its task ended (also if it never ran).
                .onTermination().invoke(() -> pending.addAndGet(-callbacks.size()))
                .subscribe().with(done -> { }, e -> LOG.warnf(e, "could not check %d outgoing callbacks", callbacks.size()));
    }

    /** Checks a callback body now, logs and counts it if invalid. */
    public ValidationResult check(JsonNode callback) {
        ValidationResult result = validator.checkOutgoing(callback);
        JsonNode context = callback.path("context");
        String action = context.path("action").asText();
        if (!result.ok()) {
            String path = result.firstError().map(Problem::path).orElse("");
            registry.counter("haat.ondc.outgoing.invalid", "action", action,
                    "path", path == null ? "" : path.replaceAll("/\\d+", "/*")).increment();
            LOG.warnf("outgoing %s of transaction %s message %s breaks ONDC's rules: %s", action,
                    context.path("transaction_id").asText(), context.path("message_id").asText(),
                    result.errors().stream().limit(10).map(Problem::toString).collect(Collectors.joining("; ")));
        } else if (!result.warnings().isEmpty()) {
            LOG.debugf("outgoing %s of transaction %s with warnings: %s", action, context.path("transaction_id").asText(),
                    result.warnings().stream().limit(10).map(Problem::toString).collect(Collectors.joining("; ")));
        }
        return result;
    }

    /** Checks queued and not yet done: tests wait for none before they read the counter. */
    public int pending() {
        return pending.get();
    }
}
