package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.InOrder;
import in.haat.events.Outbox;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Fulfillment;
import in.haat.ondc.retail.Item;
import in.haat.ondc.retail.Order;
import in.haat.ondc.retail.Rating;
import in.haat.ondc.retail.RatingAck;
import in.haat.ondc.retail.RatingMessage;
import in.haat.order.OrderRating;
import in.haat.order.RatingCategory;
import in.haat.order.SellerOrder;
import in.haat.order.event.OrderEvents;
import in.haat.order.event.OrderRated;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.repository.OrderRepository;
import in.haat.order.repository.RatingRepository;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * /rating: each rating of the transaction's order stored (one per rated thing, a repeat replaces it) and answered with
 * /on_rating {@code rating_ack}; a rating that cannot be taken refuses the whole message, nothing stored, with ONDC's
 * code: 30018 no such order, 50003 a category we do not rate, 30015 a value not 1 to 5, 30004 / 50007 / 30001 an item,
 * fulfilment or provider the order does not have, 30000 no rating at all.
 */
@ApplicationScoped
public class RatingFlow {

    /** A rating checked against its order: taken, or refused with ONDC's code. */
    sealed interface Outcome permits Checked, Refused {
    }

    /** What a taken rating rates, and its value. */
    record Checked(RatingCategory category, String ratedId, int value, JsonNode feedback) implements Outcome {
    }

    record Refused(String code, String message) implements Outcome {
    }

    private final OrderRepository orders;
    private final RatingRepository ratings;
    private final Callbacks callbacks;
    private final Outbox outbox;

    public RatingFlow(OrderRepository orders, RatingRepository ratings, Callbacks callbacks, Outbox outbox) {
        this.orders = orders;
        this.ratings = ratings;
        this.callbacks = callbacks;
        this.outbox = outbox;
    }

    public Uni<Void> rate(BuyerRequest r, Map<String, String> trace) {
        List<Rating> sent = r.message() == null || !r.message().isObject() ? List.of()
                : OndcJson.read(r.message(), RatingMessage.class).all();
        return orders.find("transactionId", r.transactionId()).firstResult().chain(order -> {
            if (order == null || !order.bapId.equals(r.bapId())) {
                return refuse(r, "30018", "no order in transaction " + r.transactionId(), trace);
            }
            if (sent.isEmpty()) {
                return refuse(r, "30000", "the message carries no rating", trace);
            }
            Map<String, Checked> checked = new LinkedHashMap<>();
            for (Rating rating : sent) {
                switch (check(order, rating)) {
                    case Refused refused -> {
                        return refuse(r, refused.code(), refused.message(), trace);
                    }
                    case Checked c -> checked.put(c.category().code() + " " + c.ratedId(), c);
                }
            }
            Instant now = Instant.now();
            Uni<Void> stored = InOrder.each(List.copyOf(checked.values()), c -> store(order, r, c, now, trace));
            boolean feedback = checked.values().stream().anyMatch(c -> c.feedback() != null);
            return stored.chain(() -> callbacks.send("on_rating", r.transactionId(), r.messageId(),
                    OndcJson.tree(new RatingAck(true, feedback)), null, trace));
        });
    }

    static Outcome check(SellerOrder order, Rating rating) {
        var category = RatingCategory.of(rating.ratingCategory());
        if (category.isEmpty()) {
            return new Refused("50003", "rating_category " + rating.ratingCategory() + " is not one we rate (Order, Item, Fulfillment, Provider)");
        }
        Integer value = value(rating.value());
        if (value == null) {
            return new Refused("30015", "rating value " + rating.value() + " is not a whole number from 1 to 5");
        }
        Order document = OndcJson.read(order.document, Order.class);
        String id = rating.id() == null ? "" : rating.id().strip();
        boolean known = switch (category.get()) {
            case ORDER -> id.equals(order.id);
            case ITEM -> document.items() != null && document.items().stream().map(Item::id).anyMatch(id::equals);
            case FULFILLMENT -> document.fulfillments() != null && document.fulfillments().stream().map(Fulfillment::id).anyMatch(id::equals);
            case PROVIDER -> id.equals(order.storefrontId.toString())
                    || document.provider() != null && Objects.equals(document.provider().id(), id);
        };
        if (!known) {
            String code = switch (category.get()) {
                case ORDER -> "30018";
                case ITEM -> "30004";
                case FULFILLMENT -> "50007";
                case PROVIDER -> "30001";
            };
            return new Refused(code, "order " + order.id + " has no " + category.get().code().toLowerCase() + " " + id);
        }
        ObjectNode feedback = null;
        if (rating.feedbackForm() != null || rating.feedbackId() != null) {
            feedback = JsonNodeFactory.instance.objectNode();
            feedback.set("feedback_form", rating.feedbackForm());
            feedback.put("feedback_id", rating.feedbackId());
        }
        return new Checked(category.get(), id, value, feedback);
    }

    /** 1 to 5, written as text ("4") or a number (4, 4.0); null for anything else. */
    static Integer value(JsonNode value) {
        if (value == null || !(value.isTextual() || value.isNumber()) || !value.asText().strip().matches("[0-9]{1,3}(\\.0+)?")) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.asText().strip());
            if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.ONE) < 0 || number.compareTo(BigDecimal.valueOf(5)) > 0) {
                return null;
            }
            return number.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private Uni<Void> store(SellerOrder order, BuyerRequest r, Checked c, Instant now, Map<String, String> trace) {
        return ratings.of(order.id, c.category(), c.ratedId()).chain(existing -> {
            Integer previous = existing == null ? null : (int) existing.value;
            OrderRating rating = existing != null ? existing : new OrderRating();
            if (existing == null) {
                rating.orderId = order.id;
                rating.transactionId = order.transactionId;
                rating.sellerId = order.sellerId;
                rating.partnerId = order.partnerId;
                rating.storefrontId = order.storefrontId;
                rating.category = c.category();
                rating.ratedId = c.ratedId();
                rating.createdAt = now;
            }
            rating.value = (short) c.value();
            rating.feedback = c.feedback();
            rating.bapId = r.bapId();
            rating.messageId = r.messageId();
            rating.updatedAt = now;
            return ratings.persist(rating).chain(() -> outbox.publish(OrderEvents.TOPIC, OrderEvents.ORDER_RATED, 1, order.id,
                    new OrderRated(order.id, order.storefrontId, order.sellerId, c.category().code(), c.ratedId(), c.value(), previous, now),
                    trace)).replaceWithVoid();
        });
    }

    private Uni<Void> refuse(BuyerRequest r, String code, String message, Map<String, String> trace) {
        return callbacks.send("on_rating", r.transactionId(), r.messageId(), OndcJson.tree(new RatingAck(false, null)),
                Callbacks.domainError(code, message), trace);
    }
}
