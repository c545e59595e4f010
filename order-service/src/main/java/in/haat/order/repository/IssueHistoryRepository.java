package in.haat.order.repository;

import in.haat.order.IssueHistory;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Issues' actions, in the caller's transaction. */
@ApplicationScoped
public class IssueHistoryRepository implements PanacheRepositoryBase<IssueHistory, Long> {

    /** Every action on an issue, oldest first. */
    public Uni<List<IssueHistory>> of(String issueId) {
        return list("issueId = ?1 order by id", issueId);
    }
}
