package in.haat.testinfra;

import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes the events other services would, in the real envelope, straight to the shared broker; topics are named
 * by their logical names ({@code haat.catalogue.events}) and sent to the test run's own ({@link TestTopics}).
 */
public final class TestEvents implements AutoCloseable {

    public static final String CATALOGUE_TOPIC = "haat.catalogue.events";
    public static final String SELLERS_TOPIC = "haat.sellers.events";
    public static final String AUTH_TOPIC = "haat.auth.events";

    private final KafkaCompanion kafka;
    private final EventCodec codec;

    public TestEvents(String bootstrapServers, EventCodec codec) {
        this.kafka = new KafkaCompanion(bootstrapServers);
        this.codec = codec;
    }

    /**
     * catalogue-service's {@code seller.created}, version 1, keyed by seller id: on the catalogue topic and, as its own
     * event, on the sellers topic, as catalogue-service publishes it; answers the sellers topic's (the directories').
     */
    public EventEnvelope sellerCreated(UUID sellerId, String partnerId, String name) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("seller_id", sellerId.toString());
        payload.put("partner_id", partnerId);
        payload.put("name", name);
        payload.put("created_at", Instant.now().toString());
        publish(CATALOGUE_TOPIC, "seller.created", sellerId.toString(), payload);
        return publish(SELLERS_TOPIC, "seller.created", sellerId.toString(), payload);
    }

    /** auth-service's {@code client.revoked}, version 1, keyed by client id. */
    public EventEnvelope clientRevoked(String clientId) {
        return publish(AUTH_TOPIC, "client.revoked", clientId,
                Map.of("client_id", clientId, "revoked_at", Instant.now().toString()));
    }

    /** auth-service's {@code access-token.revoked}: one access token (by jti) revoked with RFC 7009. */
    public EventEnvelope accessTokenRevoked(String jti, String clientId, Instant expiresAt) {
        return publish(AUTH_TOPIC, "access-token.revoked", clientId,
                Map.of("jti", jti, "client_id", clientId, "expires_at", expiresAt.toString()));
    }

    /** Publishes one event and waits for the broker's acknowledgement. */
    public EventEnvelope publish(String topic, String type, String key, Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), key,
                TraceContext.newTrace(), codec.toPayload(payload));
        publishRaw(topic, key, codec.toJson(envelope));
        return envelope;
    }

    /** Publishes any string, such as a malformed event. */
    public void publishRaw(String topic, String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(TestTopics.of(topic), key, value))
                .awaitCompletion(Duration.ofSeconds(15));
    }

    @Override
    public void close() {
        kafka.close();
    }
}
