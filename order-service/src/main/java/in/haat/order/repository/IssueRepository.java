package in.haat.order.repository;

import in.haat.api.PageRequest;
import in.haat.order.OrderIssue;
import in.haat.order.mapping.IssueFilter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Buyers' issues, in the caller's transaction. */
@ApplicationScoped
public class IssueRepository implements PanacheRepositoryBase<OrderIssue, String> {

    /** An issue, locked for the caller's transaction; null when there is none. */
    public Uni<OrderIssue> lock(String issueId) {
        return findById(issueId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * One page of the issues a caller may see (the sellers it names, or every seller of its partner), newest first, one
     * row more than the page; overdue means a response or resolution was due before {@code now}.
     */
    public Uni<List<OrderIssue>> page(List<UUID> sellerIds, String partnerId, IssueFilter filter, PageRequest page, Instant now) {
        Parameters parameters = new Parameters();
        Optional<StringBuilder> scoped = CallerScope.where(sellerIds, partnerId, parameters);
        if (scoped.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        StringBuilder query = scoped.get();
        CallerScope.andIf(query, parameters, filter.sellerId(), "sellerId = :seller", "seller");
        CallerScope.andIf(query, parameters, filter.state(), "state = :state", "state");
        CallerScope.andIf(query, parameters, filter.orderId(), "orderId = :order", "order");
        if (filter.overdue() != null) {
            query.append(filter.overdue() ? " and (respondBy < :now or resolveBy < :now)"
                    : " and (respondBy is null or respondBy >= :now) and (resolveBy is null or resolveBy >= :now)");
            parameters.and("now", now);
        }
        if (!page.first()) {
            query.append(" and (createdAt < :at or (createdAt = :at and id < :after))");
            parameters.and("at", page.instantAt(0)).and("after", page.after().get(1));
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), parameters).range(0, page.fetchSize() - 1).list();
    }
}
