package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.beckn.Descriptor;
import in.haat.ondc.beckn.Tag;
import in.haat.ondc.beckn.TagGroup;
import in.haat.ondc.retail.Address;
import in.haat.ondc.retail.Billing;
import in.haat.ondc.retail.Contact;
import in.haat.ondc.retail.Fulfillment;
import in.haat.ondc.retail.IdRef;
import in.haat.ondc.retail.Item;
import in.haat.ondc.retail.ItemQuantity;
import in.haat.ondc.retail.Location;
import in.haat.ondc.retail.Order;
import in.haat.ondc.retail.OrderMessage;
import in.haat.ondc.retail.Payment;
import in.haat.ondc.retail.Person;
import in.haat.ondc.retail.Provider;
import in.haat.ondc.retail.SettlementDetail;
import in.haat.ondc.retail.Stop;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The buyer's messages of ONDC retail seller flow 1, shaped as ONDC's retail examples show them, each built from the
 * seller's previous callback: /init from /on_select, /confirm from /on_init (so what is confirmed is what was quoted).
 */
public final class OrderMessages {

    /** Where the demo buyer is: Bengaluru, near the demo storefront. */
    public static final String BUYER_GPS = "12.9716,77.5946";
    public static final String BUYER_AREA_CODE = "560001";
    /**
     * The buyer app's finder fee, as real buyer apps and ONDC's validator write its type ("percent", where the OpenAPI
     * enum says "Percent": the gateway accepts either).
     */
    static final String FINDER_FEE_TYPE = "percent";
    static final String FINDER_FEE = "3";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private OrderMessages() {
    }

    /** /search for items named like {@code itemName} (or everything, when null) delivered to the buyer. */
    public static ObjectNode search(String itemName) {
        ObjectNode intent = BuyerApp.JSON.createObjectNode();
        if (itemName != null) {
            intent.putObject("item").putObject("descriptor").put("name", itemName);
        }
        ObjectNode fulfillment = intent.putObject("fulfillment").put("type", "Delivery");
        fulfillment.putObject("end").putObject("location").put("gps", BUYER_GPS).putObject("address").put("area_code", BUYER_AREA_CODE);
        intent.putObject("payment").put("@ondc/org/buyer_app_finder_fee_type", FINDER_FEE_TYPE).put("@ondc/org/buyer_app_finder_fee_amount", FINDER_FEE);
        ObjectNode message = BuyerApp.JSON.createObjectNode();
        message.set("intent", intent);
        return message;
    }

    /** /select of {@code count} of one item of a provider's location. */
    public static ObjectNode select(String providerId, String locationId, String itemId, int count) {
        Item item = new Item(itemId, null, locationId, null, null, ItemQuantity.of(count), null, null, null, Map.of());
        Fulfillment delivery = new Fulfillment(null, null, null, null, null, null, null, null, null, end(false), null, Map.of());
        return wrap(Order.of(Provider.of(providerId, locationId), List.of(item), List.of(delivery), null).withPayment(payment("ON-ORDER", null)));
    }

    /** /init: the items and fulfilment /on_select offered, with the buyer's billing and delivery details. */
    public static ObjectNode init(JsonNode onSelectOrder, int count, Instant billingTime) {
        Order onSelect = OndcJson.read(onSelectOrder, Order.class);
        Fulfillment offered = onSelect.fulfillment();
        String fulfillmentId = offered == null || offered.id() == null ? "1" : offered.id();
        String locationId = locationId(onSelect.provider());
        List<Item> items = new ArrayList<>();
        for (Item item : onSelect.items() == null ? List.<Item>of() : onSelect.items()) {
            items.add(new Item(text(item.id()), fulfillmentId, locationId.isEmpty() ? null : locationId, null, null, ItemQuantity.of(count),
                    null, null, null, Map.of()));
        }
        Fulfillment delivery = Fulfillment.of(fulfillmentId, "Delivery").withEnd(end(true));
        // The buyer app's finder fee, as its /search stated it: the seller states it back in /on_init, unchanged.
        Payment payment = new Payment(null, null, null, "ON-ORDER", null, "BAP", FINDER_FEE_TYPE, FINDER_FEE, null, null, null, null, Map.of());
        return wrap(Order.of(providerOf(onSelect.provider()), items, List.of(delivery), null).withBilling(billing(billingTime)).withPayment(payment));
    }

    /** /confirm of {@code orderId} (the buyer's order id, which the seller must keep): what /on_init answered, paid. */
    public static ObjectNode confirm(String orderId, JsonNode onInitOrder, Instant now) {
        Order onInit = OndcJson.read(onInitOrder, Order.class);
        List<Fulfillment> fulfillments = new ArrayList<>();
        for (Fulfillment offered : onInit.fulfillments() == null ? List.<Fulfillment>of() : onInit.fulfillments()) {
            Stop end = end(true);
            end = new Stop(end.location(), end.time(), end.contact(), new Person("Ravi Kumar", Map.of()), end.instructions(), Map.of());
            fulfillments.add(Fulfillment.of(text(offered.id()), offered.type() == null ? "Delivery" : offered.type())
                    .withTracking(offered.tracking()).withEnd(end));
        }
        List<TagGroup> tags = new ArrayList<>();
        // As real buyer apps and ONDC's examples do: the seller's bpp_terms from /on_init echoed, then our own bap_terms.
        if (onInit.tags() != null) {
            onInit.tags().stream().filter(tag -> "bpp_terms".equals(tag.code())).forEach(tags::add);
        }
        tags.add(TagGroup.of("bap_terms", List.of(Tag.of("tax_number", "29AAACB1234C1Z5"))));
        String at = TIMESTAMP.format(now);
        Order order = Order.of(providerOf(onInit.provider()), onInit.items(), fulfillments, onInit.quote()).withId(orderId).withState("Created")
                .withBilling(onInit.billing()).withPayment(paid(orderId, onInit)).withTags(tags).withTimes(at, at);
        return wrap(order);
    }

    /** /status or /track of an order. */
    public static ObjectNode ofOrder(String orderId) {
        return OndcJson.tree(new OrderMessage(null, orderId, null, null, null, Map.of()));
    }

    /** /cancel's message as ONDC's example has it: the order, the buyer's reason, the fulfilment it concerns. */
    public static ObjectNode cancel(String orderId, String reasonId) {
        Descriptor fulfilment = new Descriptor("fulfillment", null, "1", null, null, null, Map.of());
        return OndcJson.tree(new OrderMessage(null, orderId, null, reasonId, fulfilment, Map.of()));
    }

    /**
     * /update with the refund's settlement details for what fulfilment {@code fulfilmentId} (of {@code type}) refunded,
     * as ONDC's update_settlement example has it.
     */
    public static ObjectNode refundSettlement(String orderId, String fulfilmentId, String type, String amount, Instant at) {
        SettlementDetail refund = new SettlementDetail("buyer", "refund", "upi", amount, TIMESTAMP.format(at), null, null, null, null, null,
                null, null, null, Map.of());
        Payment payment = payment(null, null).withOndcSettlementDetails(List.of(refund));
        Order order = Order.of(null, null, List.of(Fulfillment.of(fulfilmentId, type)), null).withId(orderId).withPayment(payment);
        return OndcJson.tree(new OrderMessage(order, null, "payment", null, null, Map.of()));
    }

    /**
     * /update with a return request as ONDC's update_buyer_initiated_part_return_request has it, and {@code exchange}
     * "no" (a refund, not an exchange), which ONDC's log validator reads to find the request's id and quantity.
     */
    public static ObjectNode returnRequest(String orderId, String returnId, String itemId, int units, String reasonId) {
        List<Tag> request = List.of(Tag.of("id", returnId), Tag.of("item_id", itemId), Tag.of("item_quantity", String.valueOf(units)),
                Tag.of("reason_id", reasonId), Tag.of("reason_desc", "the pack was torn"), Tag.of("images", "https://buyer.example/r/1.jpg"),
                Tag.of("ttl_approval", "PT24H"), Tag.of("ttl_reverseqc", "P3D"), Tag.of("exchange", "no"));
        Fulfillment ret = Fulfillment.of(null, "Return").withTags(List.of(TagGroup.of("return_request", request)));
        Order order = Order.of(null, null, List.of(ret), null).withId(orderId);
        return OndcJson.tree(new OrderMessage(order, null, "item", null, null, Map.of()));
    }

    /** /on_init's payment, paid: ON-ORDER, collected by us, with the amount quoted; our finder fee and settlement terms where it has none. */
    private static Payment paid(String orderId, Order onInit) {
        Payment offered = onInit.payment() != null ? onInit.payment() : payment(null, null);
        String quoted = onInit.quote() == null || onInit.quote().price() == null ? null : onInit.quote().price().value();
        ObjectNode params = BuyerApp.JSON.createObjectNode().put("amount", text(quoted)).put("currency", "INR").put("transaction_id", "UPI-" + orderId);
        boolean fee = offered.ondcBuyerAppFinderFeeType() != null;
        boolean settlement = offered.ondcSettlementBasis() != null;
        return new Payment(offered.uri(), offered.tlMethod(), params, "ON-ORDER", "PAID", "BAP",
                fee ? offered.ondcBuyerAppFinderFeeType() : FINDER_FEE_TYPE, fee ? offered.ondcBuyerAppFinderFeeAmount() : FINDER_FEE,
                settlement ? offered.ondcSettlementBasis() : "delivery", settlement ? offered.ondcSettlementWindow() : "P1D",
                settlement ? offered.ondcWithholdingAmount() : "0.00", offered.ondcSettlementDetails(), offered.extra());
    }

    private static Payment payment(String type, String collectedBy) {
        return new Payment(null, null, null, type, null, collectedBy, null, null, null, null, null, null, Map.of());
    }

    private static Provider providerOf(Provider offered) {
        String id = offered == null ? "" : text(offered.id());
        List<IdRef> locations = offered == null || offered.locations() == null || offered.locations().isEmpty() ? null
                : List.of(new IdRef(locationId(offered), Map.of()));
        return new Provider(id, null, locations, Map.of());
    }

    private static String locationId(Provider provider) {
        return provider == null || provider.locations() == null || provider.locations().isEmpty() ? "" : text(provider.locations().get(0).id());
    }

    private static Stop end(boolean full) {
        Address address = full ? new Address("Ravi Kumar", "21, MG Road", null, null, "Ashok Nagar", "Bengaluru", "Karnataka", "IND", BUYER_AREA_CODE, Map.of())
                : new Address(null, null, null, null, null, null, null, null, BUYER_AREA_CODE, Map.of());
        Stop end = Stop.at(new Location(null, BUYER_GPS, address, null, null, null, Map.of()));
        return full ? end.withContact(new Contact("9886098860", "ravi@example.in", Map.of())) : end;
    }

    private static Billing billing(Instant at) {
        String time = TIMESTAMP.format(at);
        Address address = new Address("Ravi Kumar", "21, MG Road", null, null, "Ashok Nagar", "Bengaluru", "Karnataka", "IND", BUYER_AREA_CODE, Map.of());
        return new Billing("Ravi Kumar", address, "ravi@example.in", "9886098860", null, time, time, Map.of());
    }

    private static ObjectNode wrap(Order order) {
        return OndcJson.tree(new OrderMessage(order, null, null, null, null, Map.of()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
