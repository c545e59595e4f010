package in.haat.gateway.beckn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.Offload;
import in.haat.events.Outbox;
import in.haat.gateway.OndcMessage;
import in.haat.gateway.config.BecknConfig;
import in.haat.gateway.event.BuyerRequest;
import in.haat.gateway.event.OndcEvents;
import in.haat.gateway.guard.BecknInputGuard;
import in.haat.gateway.guard.StrictBecknJson;
import in.haat.gateway.search.CatalogIncrement;
import in.haat.gateway.service.AcceptedRequestWriter;
import in.haat.gateway.service.OndcMessageLog;
import in.haat.gateway.signing.BecknVerifier;
import in.haat.gateway.signing.SignatureHeader;
import in.haat.ondc.OndcTime;
import in.haat.ondc.validation.BecknValidator;
import in.haat.ondc.validation.OndcSpec;
import in.haat.ondc.validation.Problem;
import in.haat.ondc.validation.ValidationResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.jboss.logging.Logger;

/**
 * Takes a buyer app's request from raw bytes to its synchronous answer: verify the signature(s) over the exact
 * bytes, parse, check it with the ondc-protocol validator (on a worker: schema checks are CPU work), then log it and
 * hand its event to the outbox in one transaction (shared with the requests accepted at the same moment:
 * {@link AcceptedRequestWriter}) and ACK once it committed. The validator's warnings are kept with the message in the
 * transaction log ({@code ondc_message.warnings}). A repeated message_id finds its logged answer and gets it again,
 * with no second event. Rejections are logged too and answered NACK with the ONDC error code.
 */
@ApplicationScoped
public class InboundRequests {

    private static final Logger LOG = Logger.getLogger(InboundRequests.class);

    private final SubscriberKeys keys;
    private final BecknVerifier verifier;
    private final BecknValidator validator;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final OndcMessageLog log;
    private final String challenge;
    private final BecknInputGuard guard;
    private final AcceptedRequestWriter writer;

    public InboundRequests(BecknConfig config, SubscriberKeys keys, BecknValidator validator, Outbox outbox, ObjectMapper json,
            BecknInputGuard guard, OndcMessageLog log, AcceptedRequestWriter writer) {
        this.writer = writer;
        this.guard = guard;
        this.log = log;
        this.validator = validator;
        this.keys = keys;
        this.verifier = new BecknVerifier(config.clockSkew().toSeconds());
        this.outbox = outbox;
        this.json = json;
        this.challenge = "Signature realm=\"" + config.bppId() + "\",headers=\"" + SignatureHeader.HEADERS + "\"";
    }

    /** The HTTP answer: status, body, and the authentication challenge header when a signature failed. */
    public record Answer(int status, BecknAnswer body, String challengeHeader, String challenge) {
    }

    public Uni<Answer> receive(String action, byte[] body, String authorization, String gatewayAuthorization) {
        Instant now = Instant.now();
        return checkSignature(authorization, body, now).chain(buyer -> {
            if (!buyer.ok()) {
                return reject(action, body, null, authorization, gatewayAuthorization,
                        new Answer(401, BecknAnswer.nack(BecknError.invalidSignature(buyer.problem())), "WWW-Authenticate", challenge));
            }
            Uni<SignatureCheck> gatewayCheck = gatewayAuthorization == null
                    ? Uni.createFrom().item(new SignatureCheck(null, null))
                    : checkSignature(gatewayAuthorization, body, now);
            return gatewayCheck.chain(gateway -> {
                if (!gateway.ok()) {
                    return reject(action, body, null, authorization, gatewayAuthorization, new Answer(401,
                            BecknAnswer.nack(BecknError.invalidSignature("gateway signature: " + gateway.problem())), "Proxy-Authenticate", challenge));
                }
                return afterSignatures(action, body, buyer, authorization, gatewayAuthorization, now);
            });
        });
    }

    private Uni<Answer> afterSignatures(String action, byte[] body, SignatureCheck buyer, String authorization,
            String gatewayAuthorization, Instant now) {
        StrictBecknJson.Parsed parsed = guard.parse(body);
        if (parsed.problem() != null) {
            return reject(action, body, null, authorization, gatewayAuthorization,
                    new Answer(400, BecknAnswer.nack(BecknError.invalidJson(parsed.problem())), null, null));
        }
        JsonNode request = parsed.json();
        String sender = sender(action);
        if (!buyer.subscriberId().equals(request.path("context").path(sender).asText())) {
            return reject(action, body, request, authorization, gatewayAuthorization, new Answer(401,
                    BecknAnswer.nack(BecknError.invalidSignature("the signer is not the context." + sender)), "WWW-Authenticate", challenge));
        }
        Optional<BecknError> unsafe = guard.check(request, !OndcSpec.RSF_ANSWERS.contains(action));
        if (unsafe.isPresent()) {
            return reject(action, body, request, authorization, gatewayAuthorization, new Answer(400, BecknAnswer.nack(unsafe.get()), null, null));
        }
        return Offload.cpu(() -> validator.checkInbound(action, request, now))
                .onFailure().recoverWithItem(e -> {
                    // Hostile input must get a NACK, never a 5xx: whatever the checks could not read is refused.
                    LOG.warnf(e, "could not check a %s request", action);
                    return ValidationResult.refused(Problem.schema(null, "the request could not be read: " + e.getClass().getSimpleName()));
                })
                .chain(result -> {
            if (!result.ok()) {
                return reject(action, body, request, authorization, gatewayAuthorization,
                        new Answer(400, BecknAnswer.nack(nack(result)), null, null));
            }
            if (!result.warnings().isEmpty()) {
                LOG.debugf("accepting %s of transaction %s message %s with warnings: %s", action,
                        request.path("context").path("transaction_id").asText(), request.path("context").path("message_id").asText(),
                        result.warnings().stream().map(Problem::toString).collect(Collectors.joining("; ")));
            }
            if ("search".equals(action)) {
                var increment = CatalogIncrement.problem(request.path("message"),
                        OndcTime.parse(request.path("context").path("timestamp").asText()).orElse(now));
                if (increment.isPresent()) {
                    return reject(action, body, request, authorization, gatewayAuthorization, new Answer(400, BecknAnswer.nack(
                            new BecknError(BecknError.JSON_SCHEMA_ERROR, "30000", "message.intent.tags.catalog_inc", increment.get())),
                            null, null));
                }
            }
            return accept(action, request, authorization, gatewayAuthorization, now, result);
        });
    }

    /**
     * Whose signature a message carries: a request's sender is its bap; the settlement agency's RSF answers
     * (/on_settle, /on_report) answer our /settle or /report, so their sender is the context's bpp and we are its bap.
     */
    static String sender(String action) {
        return OndcSpec.RSF_ANSWERS.contains(action) ? "bpp_id" : "bap_id";
    }

    /** The NACK's error: the first error, with up to five schema problems in its message as before. */
    private static BecknError nack(ValidationResult result) {
        Problem first = result.firstError().orElseThrow();
        String message = Problem.JSON_SCHEMA_ERROR.equals(first.type()) && first.path() != null && first.path().startsWith("/")
                ? result.errors().stream().limit(5).map(Problem::toString).collect(Collectors.joining("; "))
                : first.message();
        return new BecknError(first.type(), first.code(), first.path(), message);
    }

    private Uni<Answer> accept(String action, JsonNode request, String authorization, String gatewayAuthorization, Instant now,
            ValidationResult checked) {
        JsonNode context = request.get("context");
        Answer ack = new Answer(200, BecknAnswer.ack(), null, null);
        OndcMessage logged = OndcMessageLog.message("in", context.get("transaction_id").asText(), context.get("message_id").asText(),
                action, request);
        logged.bapId = context.get(sender(action)).asText();
        logged.receivedAt = now;
        logged.headers = headers(authorization, gatewayAuthorization);
        logged.answer = json.valueToTree(ack.body());
        logged.httpStatus = 200;
        logged.acked = true;
        logged.signatureOk = true;
        // A JSON object (Hibernate Reactive binds a JSON column from an object, never a bare array).
        logged.warnings = checked.warnings().isEmpty() ? null
                : json.createObjectNode().set("problems", json.valueToTree(checked.warnings()));
        String event = outbox.prepare(OndcEvents.REQUESTS_TOPIC, OndcEvents.requestType(action), 1,
                context.get("transaction_id").asText(), new BuyerRequest(action, context, request.get("message"), now, logged.id));
        // Logged now, or accepted before (a repeat gets the same ACK and no second event): ACKed once committed.
        return writer.write(logged, event)
                .replaceWith(ack)
                .onFailure().recoverWithItem(e -> {
                    LOG.errorf(e, "could not accept %s %s", action, logged.messageId);
                    return new Answer(500, BecknAnswer.nack(BecknError.internal()), null, null);
                });
    }

    /** Logs a rejected request (best effort: the NACK is answered even if the log is down) and answers it. */
    private Uni<Answer> reject(String action, byte[] body, JsonNode request, String authorization, String gatewayAuthorization,
            Answer answer) {
        JsonNode parsed = request != null ? request : tryParse(body);
        JsonNode context = parsed == null ? json.nullNode() : parsed.path("context");
        OndcMessage logged = OndcMessageLog.message("in", context.path("transaction_id").asText(""),
                context.path("message_id").asText(""), action, parsed != null ? parsed : unparsed(body));
        logged.bapId = context.path("bap_id").asText(null);
        logged.headers = headers(authorization, gatewayAuthorization);
        logged.answer = json.valueToTree(answer.body());
        logged.httpStatus = answer.status();
        logged.acked = false;
        logged.signatureOk = answer.status() != 401;
        logged.signatureProblem = answer.status() == 401 ? answer.body().error().message() : null;
        return Panache.withTransaction(() -> log.record(logged))
                .onFailure().invoke(e -> LOG.warnf("could not log a rejected %s: %s", action, e.toString()))
                .onItemOrFailure().transform((ignored, failure) -> answer);
    }

    /** A verified signature's signer, or why it did not verify. */
    private record SignatureCheck(String subscriberId, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private Uni<SignatureCheck> checkSignature(String headerValue, byte[] body, Instant now) {
        SignatureHeader.Parsed parsed = SignatureHeader.parse(headerValue);
        if (parsed.header().isEmpty()) {
            return Uni.createFrom().item(new SignatureCheck(null, parsed.problem()));
        }
        SignatureHeader header = parsed.header().get();
        return keys.signingKey(header.subscriberId(), header.uniqueKeyId()).map(key -> {
            if (key.isEmpty()) {
                return new SignatureCheck(null, "no signing key for " + header.subscriberId() + "|" + header.uniqueKeyId());
            }
            BecknVerifier.Result result = verifier.verify(header, body, key.get(), now.getEpochSecond());
            return result.ok() ? new SignatureCheck(header.subscriberId(), null) : new SignatureCheck(null, result.problem());
        });
    }

    private ObjectNode headers(String authorization, String gatewayAuthorization) {
        ObjectNode headers = json.createObjectNode();
        headers.put("authorization", authorization);
        headers.put("x-gateway-authorization", gatewayAuthorization);
        return headers;
    }

    /** The body as a JSON object, or null. */
    private JsonNode tryParse(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    private ObjectNode unparsed(byte[] body) {
        ObjectNode wrapper = json.createObjectNode();
        wrapper.put("unparsed", new String(body, StandardCharsets.UTF_8));
        return wrapper;
    }
}
