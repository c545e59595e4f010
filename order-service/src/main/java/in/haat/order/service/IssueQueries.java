package in.haat.order.service;

import in.haat.api.Caller;
import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.order.mapping.IssueFilter;
import in.haat.order.mapping.IssueView;
import in.haat.order.repository.IssueHistoryRepository;
import in.haat.order.repository.IssueRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Reads issues for the seller API, always within what the caller's token may see. */
@ApplicationScoped
public class IssueQueries {

    /** An issue cursor holds the last row's created_at and id. */
    public static final int CURSOR_PARTS = 2;

    private final IssueRepository issues;
    private final IssueHistoryRepository history;
    private final IssueAccess access;
    private final Caller caller;

    public IssueQueries(IssueRepository issues, IssueHistoryRepository history, IssueAccess access, Caller caller) {
        this.issues = issues;
        this.history = history;
        this.access = access;
        this.caller = caller;
    }

    @WithSession
    public Uni<Page<IssueView>> list(IssueFilter filter, PageRequest page) {
        Instant now = Instant.now();
        return issues.page(List.copyOf(caller.sellerIds()), caller.partnerId().orElse(null), filter, page, now)
                .map(rows -> Page.of(rows, page, i -> IssueView.of(i, null, now), last -> PageRequest.cursor(last.createdAt.toString(), last.id)));
    }

    @WithSession
    public Uni<IssueView> get(String issueId) {
        return issues.findById(issueId).chain(issue -> access.require(issue, issueId))
                .chain(issue -> history.of(issue.id).map(entries -> IssueView.of(issue, entries, Instant.now())));
    }
}
