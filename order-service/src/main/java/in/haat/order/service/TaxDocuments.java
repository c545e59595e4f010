package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.OndcJson;
import in.haat.order.OrderLine;
import in.haat.order.SellerOrder;
import in.haat.order.TaxDocument;
import in.haat.order.mapping.GstDocument;
import in.haat.order.repository.CatalogueRepository;
import in.haat.order.repository.OrderLineRepository;
import in.haat.order.repository.TaxDocumentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Issues an order's GST documents in the caller's transaction: the tax invoice at pick-up, and a credit note against it
 * whenever money for invoiced goods goes back (RTO, a return picked up or liquidated). Each takes the next number of
 * the seller's series for its kind and financial year ({@link TaxDocumentRepository#next}).
 */
@ApplicationScoped
public class TaxDocuments {

    private final TaxDocumentRepository documents;
    private final OrderLineRepository lines;
    private final CatalogueRepository catalogue;

    public TaxDocuments(TaxDocumentRepository documents, OrderLineRepository lines, CatalogueRepository catalogue) {
        this.documents = documents;
        this.lines = lines;
        this.catalogue = catalogue;
    }

    /** Issues the order's invoice unless it has one (a second pick-up event issues nothing). */
    public Uni<Void> invoice(SellerOrder order) {
        return documents.invoice(order.id).chain(existing -> existing != null ? Uni.createFrom().voidItem()
                : lines.of(order.id).chain(orderLines -> catalogue.storefrontOfOrder(order.storefrontId).chain(storefront -> {
                    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                    FinancialYear fy = FinancialYear.of(now);
                    return documents.next(order.sellerId, TaxDocument.INVOICE, fy.label()).chain(seq -> {
                        String number = fy.number(TaxDocument.INVOICE, seq);
                        GstDocument invoice = GstDocuments.invoice(number, fy.label(), now, order.id, order.document, orderLines, storefront);
                        return persist(order, TaxDocument.INVOICE, fy, seq, number, invoice, now);
                    });
                })));
    }

    /** A line before a change: its units, price and tax then (the line itself holds them after). */
    public record Before(OrderLine line, int quantity, BigDecimal price, BigDecimal tax) {

        public static Before of(OrderLine line) {
            return new Before(line, line.quantity, line.price, line.tax);
        }
    }

    /**
     * A credit note for {@code reason} reversing what each line lost since {@code before} (the invoice's amounts then
     * less now); {@code all} true reverses the lines whole (an RTO: every unit comes back, the lines stay as they were).
     * Nothing when the order has no invoice (picked up before invoices were issued) or nothing was lost.
     */
    public Uni<Void> creditNote(SellerOrder order, String reason, List<Before> before, boolean all) {
        return documents.invoice(order.id).chain(invoiceRow -> {
            if (invoiceRow == null) {
                return Uni.createFrom().voidItem();
            }
            GstDocument invoice = OndcJson.read(invoiceRow.document, GstDocument.class);
            List<GstDocuments.Credit> credits = new ArrayList<>();
            for (Before b : before) {
                OrderLine then = copy(b);
                BigDecimal rate = GstMath.rate(b.line().gstRate, then.price, then.tax);
                GstMath.Amounts lost = GstDocuments.amounts(then, invoice.interState())
                        .minus(all ? GstMath.Amounts.NONE : GstDocuments.amounts(b.line(), invoice.interState()));
                int units = all ? b.quantity() : b.quantity() - b.line().quantity;
                if (lost.total().signum() != 0 || units > 0) {
                    credits.add(new GstDocuments.Credit(b.line(), units, rate, lost));
                }
            }
            if (credits.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            FinancialYear fy = FinancialYear.of(now);
            return documents.next(order.sellerId, TaxDocument.CREDIT_NOTE, fy.label()).chain(seq -> {
                String number = fy.number(TaxDocument.CREDIT_NOTE, seq);
                return persist(order, TaxDocument.CREDIT_NOTE, fy, seq, number,
                        GstDocuments.creditNote(number, fy.label(), now, invoice, reason, credits), now);
            });
        });
    }

    private Uni<Void> persist(SellerOrder order, String kind, FinancialYear fy, int seq, String number, GstDocument content, Instant now) {
        TaxDocument d = new TaxDocument();
        d.id = UUID.randomUUID();
        d.orderId = order.id;
        d.sellerId = order.sellerId;
        d.kind = kind;
        d.financialYear = fy.label();
        d.seq = seq;
        d.number = number;
        d.document = (JsonNode) OndcJson.tree(content);
        d.issuedAt = now;
        return documents.persist(d).replaceWithVoid();
    }

    private static OrderLine copy(Before b) {
        OrderLine then = new OrderLine();
        then.title = b.line().title;
        then.gstRate = b.line().gstRate;
        then.quantity = b.quantity();
        then.price = b.price();
        then.tax = b.tax();
        return then;
    }
}
