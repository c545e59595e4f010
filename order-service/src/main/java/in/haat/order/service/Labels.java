package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import in.haat.events.InOrder;
import in.haat.events.Offload;
import in.haat.order.OrderLine;
import in.haat.order.OrderState;
import in.haat.order.SellerOrder;
import in.haat.order.mapping.Code128Bars;
import in.haat.order.mapping.LabelPdf;
import in.haat.order.mapping.ShippingLabel;
import in.haat.order.repository.CatalogueRepository;
import in.haat.order.repository.OrderLineRepository;
import in.haat.order.repository.OrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Shipping labels of the caller's orders, one page per order's Delivery fulfilment, as one PDF: all the orders asked
 * for or none (an unknown or another tenant's order is a 404, a cancelled one a 409). Rendered off the event loop.
 */
@ApplicationScoped
public class Labels {

    /** The most labels one call prints. */
    public static final int MAX_BATCH = 50;

    private final OrderRepository orders;
    private final OrderLineRepository lines;
    private final CatalogueRepository catalogue;
    private final OrderAccess access;

    public Labels(OrderRepository orders, OrderLineRepository lines, CatalogueRepository catalogue, OrderAccess access) {
        this.orders = orders;
        this.lines = lines;
        this.catalogue = catalogue;
        this.access = access;
    }

    /** The labels of {@code orderIds} (in that order, each once) as one PDF. */
    @WithSession
    public Uni<byte[]> pdf(List<String> orderIds) {
        if (orderIds == null || orderIds.isEmpty() || orderIds.size() > MAX_BATCH) {
            return Uni.createFrom().failure(ApiException.invalid("order_ids", "must list 1 to " + MAX_BATCH + " order ids"));
        }
        if (orderIds.stream().anyMatch(id -> id == null || id.isBlank())) {
            return Uni.createFrom().failure(ApiException.invalid("order_ids", "must not hold an empty order id"));
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(orderIds));
        List<ShippingLabel> labels = new ArrayList<>();
        // One order after another on the one session: every order is checked before anything is drawn.
        return InOrder.each(ids, id -> label(id).invoke(labels::add))
                .chain(() -> Offload.cpu(() -> LabelPdf.render(labels)));
    }

    private Uni<ShippingLabel> label(String orderId) {
        return orders.findById(orderId).chain(order -> access.require(order, orderId)).chain(order -> {
            if (order.state == OrderState.CANCELLED) {
                throw new ApiException(409, ErrorCodes.CONFLICT, "order " + orderId + " is cancelled: it ships nothing");
            }
            String fulfilmentId = OrderParties.delivery(order.document).path("id").asText(Quote.FULFILMENT_ID);
            String barcode = ShippingLabel.barcodeOf(order.id, fulfilmentId);
            if (!Code128Bars.encodable(barcode)) {
                throw new ApiException(409, ErrorCodes.CONFLICT, "order " + orderId + "'s id cannot be a Code 128 barcode (printable ASCII, at most "
                        + (Code128Bars.MAX_LENGTH - 2) + " characters with its fulfilment id)");
            }
            return lines.of(order.id).chain(l -> catalogue.storefrontOfOrder(order.storefrontId).map(s -> of(order, fulfilmentId, barcode, l, s)));
        });
    }

    static ShippingLabel of(SellerOrder order, String fulfilmentId, String barcode, List<OrderLine> lines, Catalogue.Storefront storefront) {
        JsonNode end = OrderParties.delivery(order.document).path("end");
        JsonNode address = end.path("location").path("address");
        var buyer = OrderParties.buyer(order.document);
        ShippingLabel.Address to = new ShippingLabel.Address(buyer.name(), OrderParties.address(address) + stateSuffix(buyer.state()),
                address.path("area_code").asText(""), OrderParties.buyerPhone(order.document));
        Catalogue.Pickup p = storefront == null ? new Catalogue.Pickup("", "", "", "", "", "") : storefront.pickupDetails();
        ShippingLabel.Address from = new ShippingLabel.Address(storefront == null ? "" : storefront.name(),
                OrderParties.join(p.address(), p.city(), p.state()), p.pincode(), p.phone());
        int units = lines.stream().mapToInt(l -> l.quantity).sum();
        // The weight is known only when every line's unit is a weight (the catalogue's GM/KG units); else "not stated".
        boolean weighed = lines.stream().allMatch(l -> l.quantity == 0 || l.unitWeightGrams != null);
        Integer grams = weighed ? lines.stream().mapToInt(l -> l.quantity * (l.unitWeightGrams == null ? 0 : l.unitWeightGrams)).sum() : null;
        boolean cod = "ON-FULFILLMENT".equals(order.document.path("payment").path("type").asText());
        return new ShippingLabel(order.id, fulfilmentId, barcode, from, to, grams, 1, cod ? order.total.toPlainString() : null, units,
                storefront == null ? "" : storefront.incorporationName());
    }

    private static String stateSuffix(String state) {
        return state == null ? "" : ", " + state;
    }
}
