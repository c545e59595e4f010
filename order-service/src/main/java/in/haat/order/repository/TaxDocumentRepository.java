package in.haat.order.repository;

import in.haat.order.TaxDocument;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Issued invoices and credit notes, and the sellers' number series they take their numbers from, in the caller's transaction. */
@ApplicationScoped
public class TaxDocumentRepository implements PanacheRepositoryBase<TaxDocument, UUID> {

    /**
     * The next number of a seller's series for {@code kind} in {@code financialYear}, from 1. The upsert holds the
     * series row locked until the caller's transaction ends, so a concurrent issue waits and takes the number after; a
     * rolled-back issue rolls its number back too: no gap, no repeat. Native SQL: JPQL has no upsert with returning.
     */
    public Uni<Integer> next(UUID sellerId, String kind, String financialYear) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into document_series (seller_id, kind, financial_year, last_number) values (?1, ?2, ?3, 1)
                        on conflict (seller_id, kind, financial_year) do update set last_number = document_series.last_number + 1
                        returning last_number""", Integer.class)
                .setParameter(1, sellerId).setParameter(2, kind).setParameter(3, financialYear)
                .getSingleResult());
    }

    /** The order's invoice, or null. */
    public Uni<TaxDocument> invoice(String orderId) {
        return find("orderId = ?1 and kind = ?2", orderId, TaxDocument.INVOICE).firstResult();
    }

    /** The order's credit notes, oldest first. */
    public Uni<List<TaxDocument>> creditNotes(String orderId) {
        return list("orderId = ?1 and kind = ?2 order by seq", orderId, TaxDocument.CREDIT_NOTE);
    }

    /** One of the order's credit notes by its number, or null. */
    public Uni<TaxDocument> creditNote(String orderId, String number) {
        return find("orderId = ?1 and kind = ?2 and number = ?3", orderId, TaxDocument.CREDIT_NOTE, number).firstResult();
    }
}
