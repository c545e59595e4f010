package in.haat.order.repository;

import in.haat.order.OrderDraft;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Order drafts by transaction id, in the caller's transaction; read for update, so one transaction's steps queue. */
@ApplicationScoped
public class DraftRepository implements PanacheRepositoryBase<OrderDraft, String> {

    /** The draft of a transaction, locked until the caller's transaction ends; null when there is none. */
    public Uni<OrderDraft> lock(String transactionId) {
        return findById(transactionId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Locks the drafts of these transactions that exist, in transaction id order, until the caller's transaction ends:
     * a batch of events takes its drafts' locks up front in the one order every batch uses, so two consumers' batches
     * (buyer requests, stock answers) never wait for each other in a cycle; {@link #lock} then finds them held already.
     * A batch of one draft is left to {@link #lock}.
     * Run as an update (its rows are not needed): Hibernate caches every native select's plan anew, call after call.
     * The ids are an array ({@code = any}), not a set-returning function ({@code in (select ...)}): PostgreSQL guesses
     * 100 rows for the function and, below some thousands of drafts, scanned the whole table for each batch (1.5 ms a
     * call, the order database's costliest statement at 20 confirms/s, issue 15); for an array it reads the primary key.
     */
    public Uni<Void> lockAll(Collection<String> transactionIds) {
        TreeSet<String> sorted = new TreeSet<>(transactionIds);
        sorted.remove("");
        // One draft needs no lock up front: a batch that takes a single draft lock cannot wait in a cycle, and its
        // event's own lock (lock) takes it first. At low rates nearly every batch is one event (issue 15: a statement
        // of every batch, 2.8 an order at 40 confirms/s).
        if (sorted.size() <= 1) {
            return Uni.createFrom().voidItem();
        }
        ArrayNode ids = JSON.createArrayNode();
        sorted.forEach(ids::add);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select d.transaction_id from order_draft d where d.transaction_id = "
                                + "any(array(select jsonb_array_elements_text(cast(cast(?1 as text) as jsonb)))) "
                                + "order by d.transaction_id for update of d")
                .setParameter(1, ids.toString())
                .executeUpdate()).replaceWithVoid();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Up to {@code limit} drafts whose hold, held until we release it, is past our deadline, oldest first, locked until
     * the caller's transaction ends; drafts another transaction holds are skipped (a consumer's, another replica's sweep).
     */
    public Uni<List<OrderDraft>> lockDueHolds(int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select * from order_draft where stage = 'held' and hold_until_released and hold_expires_at <= now() "
                                + "order by hold_expires_at limit ?1 for update skip locked", OrderDraft.class)
                .setParameter(1, limit)
                .getResultList());
    }

    /** Stamps the draft and, when it is new, adds it; a draft read here is written back when the transaction commits. */
    public Uni<Void> save(OrderDraft d) {
        d.updatedAt = Instant.now();
        if (d.createdAt != null) {
            return Uni.createFrom().voidItem();
        }
        d.createdAt = d.updatedAt;
        return persist(d).replaceWithVoid();
    }
}
