package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        UUID storefrontId = uuid(order.path("provider").path("id").asText());
        List<Quote.Asked> asked = new ArrayList<>();
        for (JsonNode item : order.path("items")) {
            asked.add(new Quote.Asked(item.path("id").asText(), Math.max(0, item.path("quantity").path("count").asInt(0))));
        }
        if (storefrontId == null) {
            return Uni.createFrom().item(new Priced(null, asked, null));
        }
        JsonNode end = order.path("fulfillments").path(0).path("end").path("location");
        String gps = end.path("gps").isTextual() ? end.path("gps").asText() : null;
        String areaCode = end.path("address").path("area_code").isTextual() ? end.path("address").path("area_code").asText() : null;
        return catalogue.storefront(storefrontId).chain(storefront -> {
            if (storefront == null) {
                return Uni.createFrom().item(new Priced(null, asked, null));
            }
            List<UUID> ids = asked.stream().map(a -> uuid(a.itemId())).filter(Objects::nonNull).distinct().toList();
            return catalogue.items(storefrontId, ids).map(items -> new Priced(storefront, asked,
                    Quote.of(storefront, items, asked, gps, areaCode, terms(), capAtStock)));
        });
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
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
