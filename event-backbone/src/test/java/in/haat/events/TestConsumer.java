package in.haat.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer declared the one way: its name, its types, how it applies one event; the library does the rest. */
@ApplicationScoped
public class TestConsumer implements EventHandler {

    static final String APPLIED = "test.applied";
    static final String FLAKY = "test.flaky";
    static final String UNREADABLE = "test.unreadable";
    static final String PUBLISHING = "test.publishing";
    static final String NOT_OURS = "test.not-ours";

    private final IdempotentConsumer consumer;
    private final Outbox outbox;
    /** Attempts per event, to fail the first ones of a flaky event. */
    private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public TestConsumer(IdempotentConsumer consumer, Outbox outbox) {
        this.consumer = consumer;
        this.outbox = outbox;
    }

    /** How often {@link #apply} was called for the event. */
    public int attempts(UUID eventId) {
        AtomicInteger count = attempts.get(eventId);
        return count == null ? 0 : count.get();
    }

    @Incoming("backbone-test")
    public Uni<Void> consume(String json) {
        return consumer.consume(json, this);
    }

    @Override
    public String name() {
        return "backbone-test/effects";
    }

    @Override
    public Set<String> types() {
        return Set.of(APPLIED, FLAKY, UNREADABLE, PUBLISHING);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        return switch (event.type()) {
            case FLAKY -> attempt <= 2
                    ? Uni.createFrom().failure(new IllegalStateException("attempt " + attempt + " fails on purpose"))
                    : effect(event, attempt);
            case UNREADABLE -> Uni.createFrom().failure(new MalformedEventException("cannot be applied", null));
            case PUBLISHING -> effect(event, attempt).chain(() -> outbox.publish(
                    event.payload().path("reply_topic").asText(), "test.caused", 1, event.key(), Map.of("cause", event.id())))
                    .replaceWithVoid();
            default -> effect(event, attempt);
        };
    }

    private static Uni<Void> effect(EventEnvelope event, int attempt) {
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("insert into test_effect (event_id, note, attempts) values (?1, ?2, ?3)")
                        .setParameter(1, event.id()).setParameter(2, event.type()).setParameter(3, attempt)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
