package in.haat.gateway.beckn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.Outbox;
import in.haat.gateway.config.BecknConfig;
import in.haat.gateway.event.BuyerRequest;
import in.haat.gateway.event.OndcEvents;
import in.haat.gateway.guard.BecknInputGuard;
import in.haat.gateway.guard.StrictBecknJson;
import in.haat.gateway.signing.BecknVerifier;
import in.haat.gateway.signing.SignatureHeader;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.jboss.logging.Logger;

/**
 * Takes a buyer app's request from raw bytes to its synchronous answer: verify the signature(s) over the exact
 * bytes, parse, check the context and the official schema, then log it and hand its event to the outbox in one transaction and ACK.
 * A repeated message_id finds its logged answer and gets it again, with no second event. Rejections are
 * logged too and answered NACK with the ONDC error code.
 */
@ApplicationScoped
public class InboundRequests {

    private static final Logger LOG = Logger.getLogger(InboundRequests.class);

    private final SubscriberKeys keys;
    private final BecknVerifier verifier;
    private final ContextRules rules;
    private final OndcSchemas schemas;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final String challenge;
    private final BecknInputGuard guard;

    public InboundRequests(BecknConfig config, SubscriberKeys keys, OndcSchemas schemas, Outbox outbox, ObjectMapper json,
            BecknInputGuard guard) {
        this.guard = guard;
        this.schemas = schemas;
        this.keys = keys;
        this.verifier = new BecknVerifier(config.clockSkew().toSeconds());
        this.rules = new ContextRules(config.bppId(), config.bppUri(), config.clockSkew(), config.defaultTtl());
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
        if (!buyer.subscriberId().equals(request.path("context").path("bap_id").asText())) {
            return reject(action, body, request, authorization, gatewayAuthorization, new Answer(401,
                    BecknAnswer.nack(BecknError.invalidSignature("the signer is not the context.bap_id")), "WWW-Authenticate", challenge));
        }
        Optional<BecknError> broken = guard.check(request).or(() -> rules.check(action, request, now));
        if (broken.isPresent()) {
            return reject(action, body, request, authorization, gatewayAuthorization, new Answer(400, BecknAnswer.nack(broken.get()), null, null));
        }
        List<String> problems = schemas.problems(action, request);
        if (!problems.isEmpty()) {
            String first = problems.get(0);
            return reject(action, body, request, authorization, gatewayAuthorization, new Answer(400, BecknAnswer.nack(new BecknError(
                    BecknError.JSON_SCHEMA_ERROR, "30000", first.substring(0, Math.max(0, first.indexOf(':'))),
                    String.join("; ", problems.subList(0, Math.min(5, problems.size()))))), null, null));
        }
        return accept(action, request, authorization, gatewayAuthorization, now);
    }

    private Uni<Answer> accept(String action, JsonNode request, String authorization, String gatewayAuthorization, Instant now) {
        JsonNode context = request.get("context");
        UUID logId = UUID.randomUUID();
        Answer ack = new Answer(200, BecknAnswer.ack(), null, null);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                        .createNativeQuery("insert into ondc_message (id, transaction_id, message_id, action, direction, bap_id, "
                                + "received_at, body, headers, answer, http_status, acked, signature_ok) values "
                                + "(?1, ?2, ?3, ?4, 'in', ?5, ?6, cast(cast(?7 as text) as jsonb), cast(cast(?8 as text) as jsonb), cast(cast(?9 as text) as jsonb), 200, true, true) "
                                + "on conflict (bap_id, action, message_id) where direction = 'in' and acked do nothing")
                        .setParameter(1, logId)
                        .setParameter(2, context.get("transaction_id").asText())
                        .setParameter(3, context.get("message_id").asText())
                        .setParameter(4, action)
                        .setParameter(5, context.get("bap_id").asText())
                        .setParameter(6, now)
                        .setParameter(7, request.toString())
                        .setParameter(8, headers(authorization, gatewayAuthorization))
                        .setParameter(9, write(ack.body()))
                        .executeUpdate()
                        .chain(inserted -> inserted == 1
                                ? outbox.publish(OndcEvents.REQUESTS_TOPIC, OndcEvents.requestType(action), 1,
                                        context.get("transaction_id").asText(),
                                        new BuyerRequest(action, context, request.get("message"), now, logId)).replaceWith(ack)
                                // Only accepted messages hold the unique key, so the first answer was this same ACK.
                                : Uni.createFrom().item(ack))))
                .onFailure().recoverWithItem(e -> {
                    LOG.errorf(e, "could not accept %s %s", action, context.get("message_id").asText());
                    return new Answer(500, BecknAnswer.nack(BecknError.internal()), null, null);
                });
    }

    /** Logs a rejected request (best effort: the NACK is answered even if the log is down) and answers it. */
    private Uni<Answer> reject(String action, byte[] body, JsonNode request, String authorization, String gatewayAuthorization,
            Answer answer) {
        JsonNode parsed = request != null ? request : tryParse(body);
        JsonNode context = parsed == null ? json.nullNode() : parsed.path("context");
        String logged = parsed != null ? parsed.toString() : unparsed(body);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                        .createNativeQuery("insert into ondc_message (id, transaction_id, message_id, action, direction, bap_id, "
                                + "body, headers, answer, http_status, acked, signature_ok, signature_problem) values "
                                + "(?1, ?2, ?3, ?4, 'in', ?5, cast(cast(?6 as text) as jsonb), cast(cast(?7 as text) as jsonb), cast(cast(?8 as text) as jsonb), ?9, false, ?10, ?11)")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, context.path("transaction_id").asText(""))
                        .setParameter(3, context.path("message_id").asText(""))
                        .setParameter(4, action)
                        .setParameter(5, context.path("bap_id").asText(null))
                        .setParameter(6, logged)
                        .setParameter(7, headers(authorization, gatewayAuthorization))
                        .setParameter(8, write(answer.body()))
                        .setParameter(9, answer.status())
                        .setParameter(10, answer.status() != 401)
                        .setParameter(11, answer.status() == 401 ? answer.body().error().message() : null)
                        .executeUpdate()))
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

    private String headers(String authorization, String gatewayAuthorization) {
        ObjectNode headers = json.createObjectNode();
        headers.put("authorization", authorization);
        headers.put("x-gateway-authorization", gatewayAuthorization);
        return headers.toString();
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

    private String unparsed(byte[] body) {
        ObjectNode wrapper = json.createObjectNode();
        wrapper.put("unparsed", new String(body, StandardCharsets.UTF_8));
        return wrapper.toString();
    }

    private String write(BecknAnswer answer) {
        return json.valueToTree(answer).toString();
    }
}
