package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcDuration;
import in.haat.order.FulfilmentState;
import in.haat.order.OrderState;
import in.haat.order.config.OrderConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

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
        ObjectNode order = JSON.objectNode();
        order.set("provider", provider(storefront));
        ArrayNode items = order.putArray("items");
        for (Quote.Asked a : asked) {
            ObjectNode item = items.addObject();
            item.put("id", a.itemId());
            item.put("fulfillment_id", Quote.FULFILMENT_ID);
            item.putObject("quantity").put("count", quote.quoted(a.itemId(), a.count()));
        }
        ObjectNode fulfilment = order.putArray("fulfillments").addObject();
        fulfilment.put("id", Quote.FULFILMENT_ID);
        fulfilment.put("type", "Delivery");
        fulfilment.put("@ondc/org/provider_name", storefront.name());
        fulfilment.put("tracking", false);
        fulfilment.put("@ondc/org/category", quote.deliveryCategory());
        fulfilment.put("@ondc/org/TAT", quote.tat().toString());
        fulfilment.putObject("state").putObject("descriptor").put("code", quote.serviceable() ? "Serviceable" : "Non-Serviceable");
        order.set("quote", quote.ondc().deepCopy());
        return JSON.objectNode().set("order", order);
    }

    /**
     * /on_init's order: the buyer's items, billing and delivery address as sent, our fulfilment, the quote, payment
     * terms with our settlement details, cancellation terms and our bpp_terms.
     */
    public ObjectNode onInit(Catalogue.Storefront storefront, Quote quote, JsonNode buyerOrder, String coreVersion) {
        boolean v125 = RETAIL_125.equals(coreVersion);
        ObjectNode order = JSON.objectNode();
        order.set("provider", provider(storefront));
        order.set("items", items(buyerOrder.path("items")));
        if (buyerOrder.path("billing").isObject()) {
            order.set("billing", buyerOrder.path("billing").deepCopy());
        }
        ObjectNode fulfilment = order.putArray("fulfillments").addObject();
        JsonNode asked = buyerOrder.path("fulfillments").path(0);
        fulfilment.put("id", Quote.FULFILMENT_ID);
        fulfilment.put("type", "Delivery");
        fulfilment.put("@ondc/org/provider_name", storefront.name());
        fulfilment.put("tracking", false);
        fulfilment.put("@ondc/org/category", quote.deliveryCategory());
        fulfilment.put("@ondc/org/TAT", quote.tat().toString());
        if (asked.path("end").isObject()) {
            fulfilment.set("end", asked.path("end").deepCopy());
        }
        order.set("quote", quote.ondc().deepCopy());
        ObjectNode payment = order.putObject("payment");
        JsonNode buyerPayment = buyerOrder.path("payment");
        payment.put("type", buyerPayment.path("type").asText("ON-ORDER"));
        String collectedBy = buyerPayment.path("collected_by").asText("BAP");
        // 1.2.5 (ONDC's validator): collected_by is not stated back in /on_init when the buyer app collects.
        if (!v125 || !"BAP".equals(collectedBy)) {
            payment.put("collected_by", collectedBy);
        }
        payment.put("@ondc/org/buyer_app_finder_fee_type", buyerPayment.path("@ondc/org/buyer_app_finder_fee_type").asText("Percent"));
        payment.put("@ondc/org/buyer_app_finder_fee_amount", buyerPayment.path("@ondc/org/buyer_app_finder_fee_amount").asText("0"));
        payment.put("@ondc/org/settlement_basis", config.terms().settlementBasis());
        payment.put("@ondc/org/settlement_window", config.terms().settlementWindow());
        payment.put("@ondc/org/withholding_amount", config.terms().withholdingAmount());
        payment.putArray("@ondc/org/settlement_details").add(terms.settlement(storefront));
        // Cancellation terms are a 1.2.5 block: 1.2.0's schema has no such field.
        if (v125) {
            order.set("cancellation_terms", OndcTerms.cancellationTerms(quote.total()));
        }
        order.putArray("tags").add(terms.bppTerms(storefront));
        return order;
    }

    /**
     * /on_confirm's order: what /on_init said, with the order id, the buyer's billing, delivery, payment and bap_terms
     * from /confirm, the fulfilment's state, pickup location, time and contact, and the order's times.
     */
    public ObjectNode onConfirm(Catalogue.Storefront storefront, JsonNode initOrder, JsonNode confirmOrder, OrderState state,
            Instant createdAt, Instant now, JsonNode quote) {
        ObjectNode order = JSON.objectNode();
        order.put("id", confirmOrder.path("id").asText());
        order.put("state", state.code());
        order.set("provider", initOrder.path("provider").deepCopy());
        order.set("items", items(confirmOrder.path("items").isArray() ? confirmOrder.path("items") : initOrder.path("items")));
        JsonNode billing = confirmOrder.path("billing").isObject() ? confirmOrder.path("billing") : initOrder.path("billing");
        if (billing.isObject()) {
            order.set("billing", billing.deepCopy());
        }
        ObjectNode fulfilment = ((ObjectNode) initOrder.path("fulfillments").path(0)).deepCopy();
        JsonNode buyerEnd = confirmOrder.path("fulfillments").path(0).path("end");
        if (buyerEnd.isObject()) {
            fulfilment.set("end", buyerEnd.deepCopy());
        }
        fulfilment.putObject("state").putObject("descriptor").put("code", FulfilmentState.PENDING.code());
        ObjectNode end = fulfilment.path("end").isObject() ? (ObjectNode) fulfilment.path("end") : fulfilment.putObject("end");
        ObjectNode start = fulfilment.putObject("start");
        ObjectNode location = start.putObject("location");
        location.put("id", storefront.locationId());
        location.putObject("descriptor").put("name", storefront.name());
        if (storefront.gps() != null) {
            location.put("gps", storefront.gps());
        }
        JsonNode pickup = storefront.pickup();
        ObjectNode address = location.putObject("address");
        address.put("locality", pickup.path("pickup_address").asText(""));
        address.put("city", pickup.path("pickup_city").asText(""));
        address.put("area_code", pickup.path("pickup_pincode").asText(""));
        address.put("state", pickup.path("pickup_state").asText(""));
        java.time.Duration tat = OndcDuration.parse(fulfilment.path("@ondc/org/TAT").asText("PT2H"), java.time.Duration.ofDays(30))
                .orElse(java.time.Duration.ofHours(2));
        Instant pickedBy = now.plus(tat.minus(config.deliveryTime()).isNegative() ? tat : tat.minus(config.deliveryTime()));
        ObjectNode range = start.putObject("time").putObject("range");
        range.put("start", timestamp(now));
        range.put("end", timestamp(pickedBy));
        ObjectNode window = end.putObject("time").putObject("range"); // ONDC: the delivery window, from /on_confirm on
        window.put("start", timestamp(pickedBy));
        window.put("end", timestamp(now.plus(tat)));
        fulfilment.putArray("tags").addObject().put("code", "routing").putArray("list").addObject().put("code", "type")
                .put("value", config.terms().routingType()); // ONDC: how it travels, from /on_confirm on (P2P: hyperlocal)
        start.putObject("contact").put("phone", digits(pickup.path("pickup_phone").asText("")))
                .put("email", pickup.path("email").asText(""));
        order.putArray("fulfillments").add(fulfilment);
        order.set("quote", quote.deepCopy());
        ObjectNode payment = ((ObjectNode) initOrder.path("payment")).deepCopy();
        JsonNode buyerPayment = confirmOrder.path("payment");
        buyerPayment.fieldNames().forEachRemaining(field -> {
            if (!field.equals("@ondc/org/settlement_details")) {
                payment.set(field, buyerPayment.get(field).deepCopy());
            }
        });
        order.set("payment", payment);
        if (initOrder.has("cancellation_terms")) {
            order.set("cancellation_terms", initOrder.path("cancellation_terms").deepCopy());
        }
        ArrayNode tags = order.putArray("tags");
        initOrder.path("tags").forEach(tag -> tags.add(tag.deepCopy()));
        confirmOrder.path("tags").forEach(tag -> {
            if ("bap_terms".equals(tag.path("code").asText())) {
                tags.add(tag.deepCopy());
            }
        });
        order.put("created_at", timestamp(createdAt));
        order.put("updated_at", timestamp(now));
        return order;
    }

    /**
     * The order as /on_status shows it after a change: its states, when it was picked up and delivered, and from
     * pick-up on the invoice.
     */
    public ObjectNode withState(JsonNode document, OrderState state, FulfilmentState fulfilmentState, Instant now, String invoiceUrl,
            String coreVersion) {
        ObjectNode order = ((ObjectNode) document).deepCopy();
        order.put("state", state.code());
        ObjectNode fulfilment = (ObjectNode) order.path("fulfillments").path(0);
        fulfilment.putObject("state").putObject("descriptor").put("code", fulfilmentState.code());
        if (RETAIL_125.equals(coreVersion)) {
            // ONDC's 1.2.5 validator wants each state change's time on the fulfilment (its OpenAPI does not list it);
            // 1.2.0's validator compares the fulfilment across /on_status messages, so there it must not change.
            fulfilment.put("@ondc/org/state_updated_at", timestamp(now));
        }
        if (fulfilmentState == FulfilmentState.ORDER_PICKED_UP && fulfilment.path("start").isObject()) {
            ((ObjectNode) fulfilment.path("start").path("time")).put("timestamp", timestamp(now));
        }
        if (fulfilmentState == FulfilmentState.ORDER_DELIVERED && fulfilment.path("end").isObject()) {
            ObjectNode end = (ObjectNode) fulfilment.path("end");
            (end.path("time").isObject() ? (ObjectNode) end.path("time") : end.putObject("time")).put("timestamp", timestamp(now));
        }
        if (invoiceUrl != null && !order.has("documents")) {
            order.putArray("documents").addObject().put("url", invoiceUrl).put("label", "Invoice");
        }
        order.put("updated_at", timestamp(now));
        return order;
    }

    /** The bare order of a refusal: the buyer's order id, provider id and items with their counts, as asked. */
    public static ObjectNode echo(JsonNode asked) {
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
        return JSON.objectNode().set("order", order);
    }

    private ObjectNode provider(Catalogue.Storefront storefront) {
        ObjectNode provider = JSON.objectNode();
        provider.put("id", storefront.id().toString());
        provider.putArray("locations").addObject().put("id", storefront.locationId());
        return provider;
    }

    private static ArrayNode items(JsonNode asked) {
        ArrayNode items = JSON.arrayNode();
        for (JsonNode a : asked) {
            ObjectNode item = items.addObject();
            item.put("id", a.path("id").asText());
            item.put("fulfillment_id", Quote.FULFILMENT_ID);
            item.putObject("quantity").put("count", a.path("quantity").path("count").asInt());
        }
        return items;
    }

    private static String digits(String phone) {
        String d = phone.replaceAll("[^0-9]", "");
        return d.length() > 10 ? d.substring(d.length() - 10) : d;
    }
}
