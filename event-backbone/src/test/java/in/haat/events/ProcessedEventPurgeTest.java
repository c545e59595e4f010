package in.haat.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.persistence.TimeOrderedIds;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Marks older than the retention (35 days) are deleted, chunk after chunk (2 a chunk here), and no younger one is:
 * a mark must outlive every redelivery its event can still have.
 */
@QuarkusTest
@QuarkusTestResource(BackboneInfrastructure.class)
class ProcessedEventPurgeTest extends BackboneKafkaTest {

    @Inject
    ProcessedEventPurge purge;

    @Test
    void marksOlderThanTheRetentionAreDeletedAndNoYoungerOne() throws Throwable {
        String consumer = "purge-test/" + UUID.randomUUID();
        mark(consumer, 36, 5);
        mark(consumer, 34, 2);
        mark(consumer, 0, 1);

        long deleted = VertxContextSupport.subscribeAndAwait(() -> purge.purge());

        assertTrue(deleted >= 5, "deleted " + deleted);
        assertEquals(0, count(consumer, "processed_at < now() - interval '35 days'"), "every old mark, over three chunks");
        assertEquals(3, count(consumer, "true"), "the marks within the retention stay");
    }

    private void mark(String consumer, int daysAgo, int marks) {
        for (int i = 0; i < marks; i++) {
            database.preparedQuery("insert into processed_event (consumer, event_id, event_type, processed_at) "
                            + "values ($1, $2, 'test.purged', now() - make_interval(days => $3))")
                    .execute(Tuple.of(consumer, TimeOrderedIds.next(), daysAgo)).await().indefinitely();
        }
    }

    private long count(String consumer, String condition) {
        return database.preparedQuery("select count(*) from processed_event where consumer = $1 and " + condition)
                .execute(Tuple.of(consumer)).await().indefinitely().iterator().next().getLong(0);
    }
}
