package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Fulfillment;
import in.haat.ondc.retail.Item;
import in.haat.ondc.retail.Location;
import in.haat.ondc.retail.Order;
import in.haat.order.config.OrderConfig;
import in.haat.order.repository.CatalogueRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Prices a buyer's cart (/select, /init) from order-service's copy of the catalogue, and says what stops it being sold. */
@ApplicationScoped
public class Pricing {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final CatalogueRepository catalogue;
    private final OrderConfig config;

    public Pricing(CatalogueRepository catalogue, OrderConfig config) {
        this.catalogue = catalogue;
        this.config = config;
    }

    /** The storefront (null: none live), the items asked for, and their quote (null without a storefront). */
    public record Priced(Catalogue.Storefront storefront, List<Quote.Asked> asked, Quote quote) {
    }

    /** The cart priced as /on_select offers it: lines short of stock quote what is left. */
    public Uni<Priced> price(JsonNode order) {
        return price(order, true);
    }

    /** The cart priced; {@code capAtStock} false prices the units asked for whatever our copy of the stock says. */
    public Uni<Priced> price(JsonNode order, boolean capAtStock) {
        Order cart = OndcJson.read(order, Order.class);
        UUID storefrontId = cart == null || cart.provider() == null ? null : uuid(cart.provider().id());
        List<Quote.Asked> asked = new ArrayList<>();
        for (Item item : cart == null || cart.items() == null ? List.<Item>of() : cart.items()) {
            asked.add(new Quote.Asked(item.id() == null ? "" : item.id(), Math.max(0, item.count())));
        }
        if (storefrontId == null) {
            return Uni.createFrom().item(new Priced(null, asked, null));
        }
        Fulfillment delivery = cart.fulfillment();
        Location end = delivery == null || delivery.end() == null ? null : delivery.end().location();
        String gps = end == null ? null : end.gps();
        String areaCode = end == null || end.address() == null ? null : end.address().areaCode();
        List<UUID> ids = asked.stream().map(a -> uuid(a.itemId())).filter(Objects::nonNull).distinct().toList();
        return catalogue.offer(storefrontId, ids).map(offer -> offer.storefront() == null
                ? new Priced(null, asked, null)
                : new Priced(offer.storefront(), asked, Quote.of(offer.storefront(), offer.items(), asked, gps, areaCode,
                        terms(), capAtStock)));
    }

    private Quote.Terms terms() {
        return new Quote.Terms(config.deliveryCharge(), config.packingCharge(), config.deliveryTime(), config.quoteTtl());
    }

    /** What stops a cart being sold, as an ONDC error, or null. Stock is left to the caller. */
    public static ObjectNode refusal(Priced p) {
        if (p.storefront() == null) {
            return Callbacks.domainError("30001", "provider not found");
        }
        if (!p.storefront().live()) {
            return Callbacks.domainError("30017", "the merchant is not taking orders now");
        }
        if (p.storefront().closedOn(LocalDate.now(INDIA))) {
            return Callbacks.domainError("30017", "the merchant is closed today (holiday)");
        }
        if (p.asked().isEmpty() || p.asked().stream().anyMatch(a -> a.count() < 1)) {
            return Callbacks.error("DOMAIN-ERROR", "30000", "every item needs a quantity of at least 1");
        }
        if (!p.quote().unknownItems().isEmpty()) {
            return Callbacks.domainError("30004", "items not found: " + String.join(",", p.quote().unknownItems()));
        }
        if (!p.quote().serviceable()) {
            return Callbacks.domainError("30009", "the delivery location is not serviceable by this store");
        }
        return null;
    }

    static UUID uuid(String value) {
        // Buyer apps' ids are often not uuids (P1, I1): told apart by length first, sparing an exception per request.
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
