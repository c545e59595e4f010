package in.haat.order.service;

import in.haat.api.ApiException;
import in.haat.api.Caller;
import in.haat.api.TenantAccess;
import in.haat.order.OrderIssue;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The tenant rule for issues, as for their orders ({@link OrderAccess}): another tenant's issue answers 404, like one that does not exist. */
@ApplicationScoped
public class IssueAccess {

    private final Caller caller;
    private final TenantAccess tenants;

    public IssueAccess(Caller caller, TenantAccess tenants) {
        this.caller = caller;
        this.tenants = tenants;
    }

    public Uni<OrderIssue> require(OrderIssue issue, String issueId) {
        if (issue == null) {
            return Uni.createFrom().failure(ApiException.notFound("no issue " + issueId));
        }
        if (caller.mayActFor(issue.sellerId, issue.partnerId)) {
            return Uni.createFrom().item(issue);
        }
        return tenants.requireSeller(issue.sellerId).replaceWith(issue)
                .onFailure(ApiException.class).transform(e -> ApiException.notFound("no issue " + issueId));
    }
}
