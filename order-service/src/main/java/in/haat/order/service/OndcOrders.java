package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcDuration;
import in.haat.ondc.OndcJson;
import in.haat.ondc.beckn.Descriptor;
import in.haat.ondc.beckn.Tag;
import in.haat.ondc.beckn.TagGroup;
import in.haat.ondc.retail.Address;
import in.haat.ondc.retail.Contact;
import in.haat.ondc.retail.Document;
import in.haat.ondc.retail.Fulfillment;
import in.haat.ondc.retail.FulfillmentState;
import in.haat.ondc.retail.Item;
import in.haat.ondc.retail.Location;
import in.haat.ondc.retail.Order;
import in.haat.ondc.retail.OrderMessage;
import in.haat.ondc.retail.Payment;
import in.haat.ondc.retail.Provider;
import in.haat.ondc.retail.Stop;
import in.haat.ondc.retail.Time;
import in.haat.ondc.retail.TimeRange;
import in.haat.order.FulfilmentState;
import in.haat.order.OrderState;
import in.haat.order.config.OrderConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the ONDC order objects of the seller's callbacks (retail 1.2.x): /on_select's draft, /on_init's order with
 * our terms, /on_confirm's order with every block ONDC's own example carries, and the order as /on_status shows it.
 */
@ApplicationScoped
public class OndcOrders {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final OrderConfig config;
    private final OndcTerms terms;

    public OndcOrders(OrderConfig config, OndcTerms terms) {
        this.config = config;
        this.terms = terms;
    }

    static final String RETAIL_125 = "1.2.5";

    public static String timestamp(Instant at) {
        return TIMESTAMP.format(at);
    }

    /** /on_select's order: provider, items, the delivery we offer with its TAT and serviceability, and the quote. */
    public ObjectNode onSelect(Catalogue.Storefront storefront, Quote quote, List<Quote.Asked> asked) {
        List<Item> items = asked.stream().map(a -> Item.of(a.itemId(), Quote.FULFILMENT_ID, quote.quoted(a.itemId(), a.count()))).toList();
        Fulfillment delivery = delivery(storefront, quote)
                .withState(FulfillmentState.of(quote.serviceable() ? "Serviceable" : "Non-Serviceable"));
        Order order = Order.of(provider(storefront), items, List.of(delivery), quote.ondcQuote());
        return OndcJson.tree(new OrderMessage(order, null, null, null, null, Map.of()));
    }

    /**
     * /on_init's order: the buyer's items, billing and delivery address as sent, our fulfilment, the quote, payment
     * terms with our settlement details, cancellation terms and our bpp_terms.
     */
    public ObjectNode onInit(Catalogue.Storefront storefront, Quote quote, JsonNode buyerOrder, String coreVersion) {
        boolean v125 = RETAIL_125.equals(coreVersion);
        Order buyer = OndcJson.read(buyerOrder, Order.class);
        Fulfillment asked = buyer.fulfillment();
        Fulfillment delivery = delivery(storefront, quote).withEnd(asked == null ? null : asked.end());
        Payment buyerPayment = buyer.payment();
        String collectedBy = or(buyerPayment == null ? null : buyerPayment.collectedBy(), "BAP");
        OrderConfig.Terms t = config.terms();
        Payment payment = new Payment(null, null, null, or(buyerPayment == null ? null : buyerPayment.type(), "ON-ORDER"), null,
                // 1.2.5 (ONDC's validator): collected_by is not stated back in /on_init when the buyer app collects.
                !v125 || !"BAP".equals(collectedBy) ? collectedBy : null,
                or(buyerPayment == null ? null : buyerPayment.ondcBuyerAppFinderFeeType(), "Percent"),
                or(buyerPayment == null ? null : buyerPayment.ondcBuyerAppFinderFeeAmount(), "0"),
                t.settlementBasis(), t.settlementWindow(), t.withholdingAmount(), List.of(terms.settlement(storefront)), Map.of());
        Order order = Order.of(provider(storefront), items(buyer.items()), List.of(delivery), quote.ondcQuote())
                .withBilling(buyer.billing()).withPayment(payment)
                // Cancellation terms are a 1.2.5 block: 1.2.0's schema has no such field.
                .withCancellationTerms(v125 ? OndcTerms.cancellationTerms(quote.total()) : null)
                .withTags(List.of(terms.bppTerms(storefront)));
        return OndcJson.tree(order);
    }

    /**
     * /on_confirm's order: what /on_init said, with the order id, the buyer's billing, delivery, payment and bap_terms
     * from /confirm, the fulfilment's state, pickup location, time and contact, and the order's times.
     */
    public ObjectNode onConfirm(Catalogue.Storefront storefront, JsonNode initOrder, JsonNode confirmOrder, OrderState state,
            Instant createdAt, Instant now, JsonNode quote) {
        Order init = OndcJson.read(initOrder, Order.class);
        Order confirm = OndcJson.read(confirmOrder, Order.class);
        Fulfillment fulfilment = init.fulfillment();
        Stop buyerEnd = confirm.fulfillment() == null ? null : confirm.fulfillment().end();
        Stop end = buyerEnd != null ? buyerEnd : fulfilment.end() != null ? fulfilment.end() : new Stop(null, null, null, null, null, Map.of());
        java.time.Duration tat = OndcDuration.parse(or(fulfilment.ondcTAT(), "PT2H"), java.time.Duration.ofDays(30))
                .orElse(java.time.Duration.ofHours(2));
        Instant pickedBy = now.plus(tat.minus(config.deliveryTime()).isNegative() ? tat : tat.minus(config.deliveryTime()));
        fulfilment = fulfilment.withState(FulfillmentState.of(FulfilmentState.PENDING.code()))
                .withStart(pickup(storefront).withTime(Time.of(new TimeRange(timestamp(now), timestamp(pickedBy), Map.of()))))
                // ONDC: the delivery window, from /on_confirm on
                .withEnd(end.withTime(Time.of(new TimeRange(timestamp(pickedBy), timestamp(now.plus(tat)), Map.of()))))
                // ONDC: how it travels, from /on_confirm on (P2P: hyperlocal)
                .withTags(List.of(TagGroup.of("routing", List.of(Tag.of("type", config.terms().routingType())))));
        List<TagGroup> tags = new ArrayList<>(init.tags() == null ? List.of() : init.tags());
        if (confirm.tags() != null) {
            confirm.tags().stream().filter(tag -> "bap_terms".equals(tag.code())).forEach(tags::add);
        }
        Order order = init.withId(or(confirm.id(), "")).withState(state.code())
                .withItems(items(confirm.items() != null ? confirm.items() : init.items()))
                .withBilling(confirm.billing() != null ? confirm.billing() : init.billing())
                .withFulfillments(List.of(fulfilment)).withQuote(OndcJson.read(quote, in.haat.ondc.retail.Quote.class))
                .withPayment(payment(init.payment(), confirmOrder.get("payment")))
                .withTags(tags).withTimes(timestamp(createdAt), timestamp(now));
        return OndcJson.tree(order);
    }

    /**
     * The order as /on_status shows it after a change: its states, when it was picked up and delivered, and from
     * pick-up on the invoice.
     */
    public ObjectNode withState(JsonNode document, OrderState state, FulfilmentState fulfilmentState, Instant now, String invoiceUrl,
            String coreVersion) {
        Order order = OndcJson.read(document, Order.class);
        Fulfillment fulfilment = order.fulfillment().withState(FulfillmentState.of(fulfilmentState.code()));
        if (RETAIL_125.equals(coreVersion)) {
            // ONDC's 1.2.5 validator wants each state change's time on the fulfilment (its OpenAPI does not list it);
            // 1.2.0's validator compares the fulfilment across /on_status messages, so there it must not change.
            fulfilment = fulfilment.withOndcStateUpdatedAt(timestamp(now));
        }
        if (fulfilmentState == FulfilmentState.ORDER_PICKED_UP && fulfilment.start() != null) {
            fulfilment = fulfilment.withStart(fulfilment.start().withTime(stamped(fulfilment.start().time(), now)));
        }
        if (fulfilmentState == FulfilmentState.ORDER_DELIVERED && fulfilment.end() != null) {
            fulfilment = fulfilment.withEnd(fulfilment.end().withTime(stamped(fulfilment.end().time(), now)));
        }
        List<Fulfillment> fulfilments = new ArrayList<>(order.fulfillments());
        fulfilments.set(0, fulfilment);
        order = order.withState(state.code()).withFulfillments(fulfilments).withTimes(order.createdAt(), timestamp(now));
        if (invoiceUrl != null && order.documents() == null) {
            order = order.withDocuments(List.of(new Document(invoiceUrl, "Invoice", Map.of())));
        }
        return OndcJson.tree(order);
    }

    /** The order as it stands, updated at {@code now}. */
    public ObjectNode touched(JsonNode document, Instant now) {
        Order order = OndcJson.read(document, Order.class);
        return OndcJson.tree(order.withTimes(order.createdAt(), timestamp(now)));
    }

    /** The bare order of a refusal: the buyer's order id, provider id and items with their counts, as asked. */
    public static ObjectNode echo(JsonNode asked) {
        return echo(asked, null);
    }

    /** The same in order state {@code state} (null: none). */
    public static ObjectNode echo(JsonNode asked, String state) {
        // Read as a tree on purpose: a refusal answers the buyer's order as sent, even one the records cannot read.
        ObjectNode order = JSON.objectNode();
        if (asked.path("id").isTextual()) {
            order.put("id", asked.path("id").asText());
        }
        if (asked.path("provider").isObject()) {
            order.set("provider", JSON.objectNode().put("id", asked.path("provider").path("id").asText()));
        }
        ArrayNode items = order.putArray("items");
        asked.path("items").forEach(i -> items.addObject().put("id", i.path("id").asText())
                .set("quantity", JSON.objectNode().put("count", Math.max(0, i.path("quantity").path("count").asInt()))));
        if (state != null) {
            order.put("state", state);
        }
        return JSON.objectNode().set("order", order);
    }

    private Fulfillment delivery(Catalogue.Storefront storefront, Quote quote) {
        return Fulfillment.of(Quote.FULFILMENT_ID, "Delivery").withOndcProviderName(storefront.name()).withTracking(false)
                .withOndcCategory(quote.deliveryCategory()).withOndcTAT(quote.tat().toString());
    }

    /** The pickup stop: our location with its name, GPS and address, and the store's contact. */
    private static Stop pickup(Catalogue.Storefront storefront) {
        Catalogue.Pickup pickup = storefront.pickupDetails();
        Address address = new Address(null, null, null, null, pickup.address(), pickup.city(), pickup.state(), null, pickup.pincode(), Map.of());
        Location location = new Location(storefront.locationId(), storefront.gps(), address, Descriptor.ofName(storefront.name()), null, null, Map.of());
        return Stop.at(location).withContact(new Contact(digits(pickup.phone()), pickup.email(), Map.of()));
    }

    /** The buyer's /confirm payment over /on_init's: every field the buyer sent but the settlement details. */
    private static Payment payment(Payment init, JsonNode buyerPayment) {
        ObjectNode merged = OndcJson.tree(init);
        if (buyerPayment != null && buyerPayment.isObject()) {
            buyerPayment.properties().forEach(field -> {
                if (!field.getKey().equals("@ondc/org/settlement_details")) {
                    merged.set(field.getKey(), field.getValue().deepCopy());
                }
            });
        }
        return OndcJson.read(merged, Payment.class);
    }

    private static Time stamped(Time time, Instant now) {
        return time == null ? new Time(null, timestamp(now), null, null, Map.of()) : time.withTimestamp(timestamp(now));
    }

    private static Provider provider(Catalogue.Storefront storefront) {
        return Provider.of(storefront.id().toString(), storefront.locationId());
    }

    private static List<Item> items(List<Item> asked) {
        return asked == null ? List.of() : asked.stream().map(a -> Item.of(or(a.id(), ""), Quote.FULFILMENT_ID, a.count())).toList();
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    private static String digits(String phone) {
        String d = phone.replaceAll("[^0-9]", "");
        return d.length() > 10 ? d.substring(d.length() - 10) : d;
    }
}
