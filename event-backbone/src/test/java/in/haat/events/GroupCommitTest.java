package in.haat.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Items that arrive together share a transaction; when the database refuses one item of a batch, the batch is written
 * again one item per transaction, so the others commit and only the refused item's caller is told it failed.
 */
@QuarkusTest
@QuarkusTestResource(BackboneInfrastructure.class)
class GroupCommitTest {

    @Inject
    Vertx vertx;
    @Inject
    Pool database;

    @Test
    void anItemTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchCommits() throws Exception {
        UUID taken = UUID.randomUUID();
        database.preparedQuery("insert into test_effect (event_id, note) values ($1, 'already there')")
                .execute(Tuple.of(taken)).await().indefinitely();
        List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        // One writer: the first item is written alone, the seven submitted while it is busy form one batch.
        GroupCommit<UUID, String> commit = new GroupCommit<>("test", vertx, 64, Long.MAX_VALUE, id -> 1, 1, ids -> {
            batches.add(ids.size());
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (UUID id : ids) {
                chain = chain.chain(() -> Panache.getSession().chain(session -> session
                        .createNativeQuery("insert into test_effect (event_id, note) values (?1, 'group commit')")
                        .setParameter(1, id).executeUpdate()).replaceWithVoid());
            }
            return chain.map(v -> ids.stream().map(id -> GroupCommit.Outcome.of(id.toString())).toList());
        });
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(i == 4 ? taken : UUID.randomUUID());
        }
        List<CompletableFuture<String>> answers = new ArrayList<>();
        vertx.runOnContext(ignored -> ids.forEach(id -> {
            CompletableFuture<String> answer = new CompletableFuture<>();
            commit.submit(id).subscribe().with(answer::complete, answer::completeExceptionally);
            answers.add(answer);
        }));

        for (int i = 0; i < 8; i++) {
            while (answers.size() <= i) {
                Thread.sleep(10); // the submits run on the event loop
            }
            if (i == 4) {
                ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                        () -> answers.get(4).get(30, TimeUnit.SECONDS));
                assertTrue(chain(refused).contains("duplicate key"), "the refused item's caller gets the database's refusal");
            } else {
                assertEquals(ids.get(i).toString(), answers.get(i).get(30, TimeUnit.SECONDS));
            }
        }
        assertEquals(List.of(1, 7, 1, 1, 1, 1, 1, 1, 1), batches, "a batch of seven failed and was written one by one");
        long committed = database.preparedQuery("select count(*) from test_effect where note = 'group commit' and event_id = any($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new))).await().indefinitely().iterator().next().getLong(0);
        assertEquals(7, committed, "every item but the refused one committed");
    }

    private static String chain(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
