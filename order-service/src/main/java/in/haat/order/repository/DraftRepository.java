package in.haat.order.repository;

import in.haat.order.OrderDraft;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;

/** Order drafts by transaction id, in the caller's transaction; read for update, so one transaction's steps queue. */
@ApplicationScoped
public class DraftRepository implements PanacheRepositoryBase<OrderDraft, String> {

    /** The draft of a transaction, locked until the caller's transaction ends; null when there is none. */
    public Uni<OrderDraft> lock(String transactionId) {
        return findById(transactionId, LockModeType.PESSIMISTIC_WRITE);
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
