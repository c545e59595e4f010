package in.haat.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A batch consumer declared the one way: runs of {@code test.applied} events go into one multi-row insert, anything
 * else is applied one by one through the library, as a real bulk handler does.
 */
@ApplicationScoped
public class TestBatchConsumer implements BatchEventHandler {

    /** Applied without a processed-event mark: each application adds one to its row's attempts. */
    static final String VERSIONED = "test.versioned";

    private final IdempotentConsumer consumer;
    private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
    /** The sizes of the bulk inserts made, to show that events were applied together. */
    private final List<Integer> bulkSizes = new CopyOnWriteArrayList<>();

    public TestBatchConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("backbone-batch-test")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, this);
    }

    @Override
    public String name() {
        return "backbone-test/batch-effects";
    }

    @Override
    public Set<String> types() {
        return Set.of(TestConsumer.APPLIED, TestConsumer.FLAKY, TestConsumer.UNREADABLE, VERSIONED);
    }

    @Override
    public Set<String> versionedTypes() {
        return Set.of(VERSIONED);
    }

    /** The bulk inserts' sizes so far (through a method: a field of the CDI proxy is not the bean's). */
    List<Integer> bulkSizes() {
        return bulkSizes;
    }

    int attempts(UUID eventId) {
        AtomicInteger count = attempts.get(eventId);
        return count == null ? 0 : count.get();
    }

    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        List<EventEnvelope> run = new ArrayList<>();
        for (EventEnvelope event : events) {
            if (event.type().equals(TestConsumer.APPLIED)) {
                run.add(event);
                continue;
            }
            List<EventEnvelope> bulk = List.copyOf(run);
            run.clear();
            chain = chain.chain(() -> insert(bulk)).chain(() -> consumer.applyEach(this, List.of(event)));
        }
        List<EventEnvelope> bulk = List.copyOf(run);
        return chain.chain(() -> insert(bulk));
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        return switch (event.type()) {
            case TestConsumer.FLAKY -> attempt <= 2
                    ? Uni.createFrom().failure(new IllegalStateException("attempt " + attempt + " fails on purpose"))
                    : insert(List.of(event));
            case TestConsumer.UNREADABLE -> Uni.createFrom().failure(new MalformedEventException("cannot be applied", null));
            case VERSIONED -> Panache.getSession().chain(session -> session.createNativeQuery("insert into test_batch_effect "
                            + "(event_id, item, n) values (?1, ?2, ?3) on conflict (event_id) do update "
                            + "set attempts = test_batch_effect.attempts + 1")
                    .setParameter(1, event.id()).setParameter(2, event.key()).setParameter(3, event.payload().path("n").asInt())
                    .executeUpdate()).replaceWithVoid();
            default -> insert(List.of(event));
        };
    }

    private Uni<Void> insert(List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        bulkSizes.add(events.size());
        StringBuilder sql = new StringBuilder("insert into test_batch_effect (event_id, item, n, attempts) values ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(i * 4 + 1).append(", ?").append(i * 4 + 2)
                    .append(", ?").append(i * 4 + 3).append(", ?").append(i * 4 + 4).append(")");
        }
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString());
            for (int i = 0; i < events.size(); i++) {
                EventEnvelope event = events.get(i);
                query.setParameter(i * 4 + 1, event.id()).setParameter(i * 4 + 2, event.key())
                        .setParameter(i * 4 + 3, event.payload().path("n").asInt())
                        .setParameter(i * 4 + 4, Math.max(1, attempts(event.id())));
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
