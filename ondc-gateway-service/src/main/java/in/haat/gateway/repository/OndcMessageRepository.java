package in.haat.gateway.repository;

import in.haat.api.PageRequest;
import in.haat.gateway.OndcMessage;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ONDC transaction log in ondc-gateway-service's database. */
@ApplicationScoped
public class OndcMessageRepository implements PanacheRepositoryBase<OndcMessage, UUID> {

    private static final String PAGE_ORDER = " order by receivedAt desc, id desc";

    /** One page of a seller's messages (of one transaction, if given), newest first, one row more than the page to tell if more follow. */
    public Uni<List<OndcMessage>> pageOf(UUID sellerId, Optional<String> transactionId, PageRequest page) {
        String where = "sellerId = :seller" + transactionId.map(t -> " and transactionId = :txn").orElse("");
        Parameters parameters = Parameters.with("seller", sellerId);
        transactionId.ifPresent(t -> parameters.and("txn", t));
        if (page.first()) {
            return find(where + PAGE_ORDER, parameters).range(0, page.limit()).list();
        }
        return find(where + " and (receivedAt < :at or (receivedAt = :at and id < :id))" + PAGE_ORDER,
                parameters.and("at", page.instantAt(0)).and("id", page.uuidAt(1)))
                .range(0, page.limit()).list();
    }

    /** Every message of these transactions, in the order they crossed the edge. */
    public Uni<List<OndcMessage>> ofTransactions(Collection<String> transactionIds) {
        return list("transactionId in ?1 order by receivedAt, id", transactionIds);
    }

    /** Those of these transactions that concern the seller (one of its messages is in them). */
    public Uni<List<String>> transactionsOf(UUID sellerId, Collection<String> transactionIds) {
        return find("select distinct transactionId from OndcMessage where sellerId = ?1 and transactionId in ?2", sellerId, transactionIds)
                .project(String.class).list();
    }

    /** The seller the transaction's latest message tied to a seller concerns, if any. */
    public Uni<UUID> sellerOfTransaction(String transactionId) {
        return find("select sellerId from OndcMessage where transactionId = ?1 and sellerId is not null order by receivedAt desc",
                transactionId).project(UUID.class).firstResult();
    }

    /** Whether a buyer app's message was already accepted (a repeat is answered as the first time, and not logged again). */
    public Uni<Boolean> accepted(String bapId, String action, String messageId) {
        return count("bapId = ?1 and action = ?2 and messageId = ?3 and direction = 'in' and acked = true", bapId, action, messageId)
                .map(n -> n > 0);
    }

    /**
     * The sellers owning these storefronts, from the gateway's catalogue copy (it has no entity: it is written by
     * upserts in {@code search/}).
     */
    public Uni<List<UUID>> sellersOfStorefronts(Collection<UUID> storefrontIds) {
        return getSession().chain(session -> session
                .createNativeQuery("select distinct cast(seller_id as text) from search_storefront where storefront_id = any(cast(cast(?1 as text) as uuid[]))",
                        String.class)
                .setParameter(1, "{" + String.join(",", storefrontIds.stream().map(UUID::toString).toList()) + "}")
                .getResultList()
                .map(rows -> rows.stream().map(UUID::fromString).toList()));
    }
}
