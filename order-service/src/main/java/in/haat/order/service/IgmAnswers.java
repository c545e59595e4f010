package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.OndcTime;
import in.haat.ondc.beckn.Descriptor;
import in.haat.ondc.igm.ExpectedTime;
import in.haat.ondc.igm.Igm2Action;
import in.haat.ondc.igm.Issue;
import in.haat.ondc.igm.IssueAction;
import in.haat.ondc.igm.IssueActions;
import in.haat.ondc.igm.IssueActor;
import in.haat.ondc.igm.IssueMessage;
import in.haat.ondc.igm.Odr;
import in.haat.ondc.igm.Party;
import in.haat.ondc.igm.Resolution;
import in.haat.ondc.igm.ResolutionProvider;
import in.haat.ondc.retail.Contact;
import in.haat.ondc.retail.Person;
import in.haat.ondc.retail.Price;
import in.haat.order.IssueHistory;
import in.haat.order.IssueState;
import in.haat.order.OrderIssue;
import in.haat.order.config.IgmConfig;
import in.haat.order.config.OrderConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The message of our /on_issue and /on_issue_status, in the IGM version of the issue: 1.0.0's respondent actions (with
 * the resolution provider and its GRO on /on_issue_status, after an escalation, and with the resolution once resolved;
 * a dispute's ODR provider as selected and finalized),
 * or 2.0.0's issue with every action so far, ourselves among its actors, and the resolution.
 */
@ApplicationScoped
public class IgmAnswers {

    static final String IGM_2 = "2.0.0";
    /** Issue types (2.0.0: levels) past ISSUE: escalated once, and again. */
    static final String GRIEVANCE = "GRIEVANCE";
    static final String DISPUTE = "DISPUTE";

    private final IgmConfig igm;
    private final String bppId;

    public IgmAnswers(IgmConfig igm, OrderConfig order) {
        this.igm = igm;
        this.bppId = order.bppId();
    }

    /** The message for {@code issue} after {@code history}; {@code status} for /on_issue_status. */
    public JsonNode message(OrderIssue issue, List<IssueHistory> history, boolean status) {
        return OndcJson.tree(IGM_2.equals(issue.igmVersion) ? version2(issue, history) : version1(issue, history, status));
    }

    /** The least message an /on_issue or /on_issue_status refusal carries: the issue's id and times, as the schema requires. */
    public static JsonNode refusal(String issueId, String createdAt, String now) {
        return OndcJson.tree(new IssueMessage(Issue.answer(issueId, null, null, null, null, null, createdAt, now), null, null, Map.of()));
    }

    private IssueMessage version1(OrderIssue issue, List<IssueHistory> history, boolean status) {
        Party us = new Party(new Party.Org(bppId + "::" + issue.domain), new Person(igm.respondent().name(), Map.of()),
                contact(igm.respondent()), null, Map.of());
        List<IssueAction> ours = history.stream().filter(h -> !h.complainant)
                .map(h -> new IssueAction(null, h.move.code(), h.shortDesc, OndcTime.format(h.at), us, 1, Map.of())).toList();
        boolean escalated = GRIEVANCE.equals(issue.issueType) || DISPUTE.equals(issue.issueType);
        ResolutionProvider provider = status || escalated || issue.state == IssueState.RESOLVED ? provider(issue, us) : null;
        Resolution resolution = issue.resolution == null ? null : OndcJson.read(issue.resolution, Resolution.class);
        Issue answer = Issue.answer(issue.id, new IssueActions(null, ours, Map.of()),
                new ExpectedTime(issue.responseTime, Map.of()), new ExpectedTime(issue.resolutionTime, Map.of()),
                provider, resolution, createdAt(issue), OndcTime.format(issue.updatedAt));
        if (DISPUTE.equals(issue.issueType)) {
            // A dispute: the ODR we selected and finalized (IGM 1.0.0: "the selected ODR details are mandatory").
            IgmConfig.Odr odr = odr(issue);
            answer = answer.withOdr(new Party(null, new Person(igm.respondent().name(), Map.of()), contact(igm.respondent()), null, Map.of()),
                    new Odr(odr.name(), odr.shortDesc(), odr.url(), new Odr.PricingModel(new Price("INR", odr.price(), null, null, Map.of()),
                            odr.pricingInfo()), new Odr.Rating(odr.rating())));
        }
        return new IssueMessage(answer, null, null, Map.of());
    }

    private ResolutionProvider provider(OrderIssue issue, Party us) {
        IgmConfig.Officer gro = gro(issue);
        Party officer = new Party(null, new Person(gro.name(), Map.of()), contact(gro), "TRANSACTION-COUNTERPARTY-NP-GRO", Map.of());
        return new ResolutionProvider(new ResolutionProvider.RespondentInfo("TRANSACTION-COUNTERPARTY-NP", us,
                new ResolutionProvider.Support(contact(igm.respondent()), List.of(officer))), Map.of());
    }

    private IssueMessage version2(OrderIssue issue, List<IssueHistory> history) {
        Issue sent = OndcJson.read(issue.document, Issue.class);
        List<IssueActor> actors = new ArrayList<>(sent.actors() == null ? List.of() : sent.actors());
        actors.removeIf(a -> bppId.equals(a.id()));
        actors.add(new IssueActor(bppId, "COUNTERPARTY_NP", OndcJson.tree(new Party(new Party.Org(bppId + "::" + issue.domain),
                new Person(igm.respondent().name(), Map.of()), contact(igm.respondent()), null, Map.of())), Map.of()));
        String buyer = sent.complainantId() != null ? sent.complainantId() : issue.bapId;
        List<JsonNode> actions = history.stream().map(h -> OndcJson.tree(new Igm2Action(h.actionId, null, null,
                new Descriptor(null, h.move.code2(), h.shortDesc, null, null, null, Map.of()), OndcTime.format(h.at),
                h.complainant ? buyer : bppId, new Person(h.byName, Map.of()), Map.of()))).map(JsonNode.class::cast).toList();
        List<JsonNode> resolutions = null;
        if (issue.resolution != null) {
            Resolution r = OndcJson.read(issue.resolution, Resolution.class);
            resolutions = List.of(OndcJson.tree(Map.of("id", "RES-" + issue.id, "descriptor",
                    new Descriptor(null, r.actionTriggered().replace('-', '_'), r.shortDesc(), r.longDesc(), null, null, Map.of()),
                    "updated_at", OndcTime.format(issue.updatedAt), "proposed_by", bppId)));
        }
        String state = switch (issue.state) {
            case NEED_MORE_INFO -> "PROCESSING";
            default -> issue.state.code();
        };
        String level = GRIEVANCE.equals(issue.issueType) || DISPUTE.equals(issue.issueType) ? issue.issueType : "ISSUE";
        Issue answer = sent.answered(state, level, actors, List.of(bppId),
                resolutions, actions, history.isEmpty() ? null : history.get(history.size() - 1).actionId, OndcTime.format(issue.updatedAt));
        return new IssueMessage(answer, null, List.of(OndcJson.tree(Map.of("path", "issue.actions", "action", "APPENDED"))), Map.of());
    }

    /** The GRO an escalation goes to: the seller's own if configured, else ours. */
    IgmConfig.Officer gro(OrderIssue issue) {
        return igm.sellerGros().getOrDefault(issue.sellerId.toString(), igm.gro());
    }

    /** The ODR provider a dispute goes to: the seller's own if configured, else ours. */
    IgmConfig.Odr odr(OrderIssue issue) {
        return igm.sellerOdrs().getOrDefault(issue.sellerId.toString(), igm.odr());
    }

    /** The issue's created_at as the buyer app wrote it (ONDC's validator compares them), else when it was raised. */
    private static String createdAt(OrderIssue issue) {
        JsonNode created = issue.document.path("created_at");
        return created.isTextual() ? created.asText() : OndcTime.format(issue.raisedAt);
    }

    private static Contact contact(IgmConfig.Officer officer) {
        return new Contact(officer.phone(), officer.email(), Map.of());
    }
}
