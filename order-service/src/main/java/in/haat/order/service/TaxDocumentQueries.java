package in.haat.order.service;

import in.haat.api.ApiException;
import in.haat.events.Offload;
import in.haat.ondc.OndcJson;
import in.haat.order.TaxDocument;
import in.haat.order.mapping.GstDocument;
import in.haat.order.mapping.GstDocumentPdf;
import in.haat.order.repository.OrderRepository;
import in.haat.order.repository.TaxDocumentRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * An order's invoice and credit notes as issued: for the seller (tenant-checked, 404 for another tenant's order as for
 * none), for the buyer app holding the invoice URL (its token), and as PDF (rendered off the event loop).
 */
@ApplicationScoped
public class TaxDocumentQueries {

    private final OrderRepository orders;
    private final TaxDocumentRepository documents;
    private final OrderAccess access;

    public TaxDocumentQueries(OrderRepository orders, TaxDocumentRepository documents, OrderAccess access) {
        this.orders = orders;
        this.documents = documents;
        this.access = access;
    }

    /** The order's invoice; 404 when the order is not the caller's or not yet invoiced (picked up). */
    @WithSession
    public Uni<GstDocument> invoice(String orderId) {
        return orders.findById(orderId).chain(order -> access.require(order, orderId))
                .chain(order -> documents.invoice(order.id))
                .map(d -> content(d, () -> ApiException.notFound("order " + orderId + " has no invoice yet: it is issued at pick-up")));
    }

    /** The order's credit notes, oldest first (none: an empty list). */
    @WithSession
    public Uni<List<GstDocument>> creditNotes(String orderId) {
        return orders.findById(orderId).chain(order -> access.require(order, orderId))
                .chain(order -> documents.creditNotes(order.id))
                .map(list -> list.stream().map(d -> OndcJson.read(d.document, GstDocument.class)).toList());
    }

    /** One of the order's credit notes by number; 404 when there is none. */
    @WithSession
    public Uni<GstDocument> creditNote(String orderId, String number) {
        return orders.findById(orderId).chain(order -> access.require(order, orderId))
                .chain(order -> documents.creditNote(order.id, number))
                .map(d -> content(d, () -> ApiException.notFound("order " + orderId + " has no credit note " + number)));
    }

    /** The invoice for the buyer app's URL; 404 alike for a wrong order, a wrong token and no invoice. */
    @WithSession
    public Uni<GstDocument> byToken(String orderId, String token) {
        return orders.findById(orderId).chain(order -> {
            if (order == null || token == null
                    || !MessageDigest.isEqual(order.invoiceToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
                return Uni.createFrom().<TaxDocument>nullItem();
            }
            return documents.invoice(order.id);
        }).map(d -> content(d, () -> ApiException.notFound("no invoice")));
    }

    /** The document as PDF, rendered on a worker: CPU work stays off the event loop. */
    public Uni<byte[]> pdf(GstDocument document) {
        return Offload.cpu(() -> GstDocumentPdf.render(document));
    }

    private static GstDocument content(TaxDocument d, java.util.function.Supplier<ApiException> missing) {
        if (d == null) {
            throw missing.get();
        }
        return OndcJson.read(d.document, GstDocument.class);
    }
}
