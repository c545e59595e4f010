package in.haat.order.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.beckn.Descriptor;
import in.haat.ondc.igm.Igm2Action;
import in.haat.ondc.igm.Issue;
import in.haat.ondc.igm.IssueAction;
import in.haat.ondc.igm.IssueActor;
import in.haat.ondc.igm.IssueRef;
import in.haat.order.IssueMove;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a buyer's /issue says, read the same way from IGM 1.0.0 (category, sub_category, order_details, description,
 * complainant_info, issue_actions) and 2.0.0 (refs, descriptor code such as ITM004, actors, actions): the order, items
 * and fulfilments it is about, its category, description and complainant, and the buyer's latest move.
 */
public record IssueRaised(Issue issue, boolean version2) {

    public String orderId() {
        return version2 ? ref("ORDER").stream().findFirst().orElse(null)
                : issue.orderDetails() == null ? null : issue.orderDetails().id();
    }

    public List<String> itemIds() {
        return version2 ? ref("ITEM") : ids(issue.orderDetails() == null ? null : issue.orderDetails().items());
    }

    public List<String> fulfilmentIds() {
        return version2 ? ref("FULFILLMENT") : ids(issue.orderDetails() == null ? null : issue.orderDetails().fulfillments());
    }

    /** The sub-category: 1.0.0's sub_category (ITM02), 2.0.0's descriptor code (ITM004). */
    public String subCategory() {
        return version2 ? (issue.descriptor() == null ? null : issue.descriptor().code()) : issue.subCategory();
    }

    /** The category: 1.0.0's own; in 2.0.0 the sub-category's prefix (ITM: ITEM, FLM: FULFILLMENT, ...). */
    public String category() {
        if (!version2) {
            return issue.category();
        }
        String sub = subCategory();
        if (sub == null || sub.length() < 3) {
            return null;
        }
        return switch (sub.substring(0, 3).toUpperCase()) {
            case "ITM" -> "ITEM";
            case "FLM" -> "FULFILLMENT";
            case "ORD" -> "ORDER";
            case "AGT" -> "AGENT";
            case "PMT" -> "PAYMENT";
            case "TRX" -> "TRANSACTION";
            default -> null;
        };
    }

    public Descriptor description() {
        return version2 ? issue.descriptor() : issue.description();
    }

    /** Who complains: 1.0.0's complainant_info, 2.0.0's consumer actors as {@code {"actors": [...]}} (a JSON column holds an object). */
    public JsonNode complainant() {
        if (!version2) {
            return issue.complainantInfo() == null ? null : OndcJson.tree(issue.complainantInfo());
        }
        return issue.actors() == null ? null : OndcJson.tree(java.util.Map.of("actors",
                issue.actors().stream().filter(a -> "CONSUMER".equals(a.type())).map(IssueActor::info).toList()));
    }

    /** The buyer's latest move, its own id (2.0.0) and what it said; OPEN when the issue names none. */
    public Move latest() {
        if ("CLOSED".equalsIgnoreCase(issue.status())) {
            return new Move(IssueMove.CLOSE, null, "Complaint closed");
        }
        if (version2) {
            List<JsonNode> actions = issue.actions() == null ? List.of() : issue.actions();
            for (int i = actions.size() - 1; i >= 0; i--) {
                Igm2Action a = OndcJson.read(actions.get(i), Igm2Action.class);
                Optional<IssueMove> move = IssueMove.of(a.descriptor() == null ? null : a.descriptor().code()).filter(IssueMove::complainant);
                if (move.isPresent()) {
                    return new Move(move.get(), a.id(), a.descriptor().shortDesc());
                }
            }
        } else if (issue.issueActions() != null && issue.issueActions().complainantActions() != null
                && !issue.issueActions().complainantActions().isEmpty()) {
            List<IssueAction> actions = issue.issueActions().complainantActions();
            IssueAction last = actions.get(actions.size() - 1);
            Optional<IssueMove> move = IssueMove.of(last.complainantAction()).filter(IssueMove::complainant);
            if (move.isPresent()) {
                return new Move(move.get(), null, last.shortDesc());
            }
        }
        return new Move(IssueMove.OPEN, null, "Complaint created");
    }

    /** How many actions of the buyer a 1.0.0 issue carries (its complainant_actions). */
    public int complainantActions() {
        return issue.issueActions() == null || issue.issueActions().complainantActions() == null ? 0
                : issue.issueActions().complainantActions().size();
    }

    /** A buyer's move as its /issue carries it. */
    public record Move(IssueMove move, String actionId, String shortDesc) {
    }

    private List<String> ref(String type) {
        return issue.refs() == null ? List.of() : issue.refs().stream().filter(r -> type.equalsIgnoreCase(r.refType()))
                .map(IssueRef::refId).filter(Objects::nonNull).toList();
    }

    private static List<String> ids(List<JsonNode> entries) {
        return entries == null ? List.of() : entries.stream().map(e -> e.path("id")).filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }
}
