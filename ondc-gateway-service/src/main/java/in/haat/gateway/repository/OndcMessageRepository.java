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

    /**
     * Logs many accepted buyer messages in one statement (the group commit of the ACK path): {@code rows} is a JSON
     * array of objects with the columns and {@code storefronts}, the storefront ids the message names. Each is tied
     * to its seller as {@code OndcMessageLog.sellerOf} does: the one seller owning those storefronts, else (none
     * known) the transaction's latest seller, else (several) none. A message already accepted (bap_id, action,
     * message_id), before or earlier in the same array, is not logged again; answers the ids that were logged. The
     * storefronts are matched by {@code = any(array(...))}, taken for 10 ids: as {@code in (select ...)} over the JSON
     * they were taken for 100, against which a scan of all storefronts per message is the cheaper plan.
     */
    public Uni<List<UUID>> insertAccepted(String rows) {
        return getSession().chain(session -> session.createNativeQuery("""
                        with input as (
                            select r.value as v, r.n from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) with ordinality as r(value, n)),
                        inserted as (
                            insert into ondc_message (id, transaction_id, message_id, action, direction, seller_id, received_at,
                                body, signature_ok, bap_id, headers, answer, http_status, acked, warnings)
                            select cast(v->>'id' as uuid), v->>'transaction_id', v->>'message_id', v->>'action', 'in',
                                case when s.sellers = 1 then cast(s.seller as uuid)
                                     when s.sellers = 0 then (select m.seller_id from ondc_message m where m.transaction_id = v->>'transaction_id'
                                         and m.seller_id is not null order by m.received_at desc limit 1) end,
                                cast(v->>'received_at' as timestamptz), v->'body', true, v->>'bap_id', v->'headers', v->'answer',
                                cast(v->>'http_status' as integer), true, v->'warnings'
                            from input cross join lateral (
                                select count(distinct f.seller_id) as sellers, min(cast(f.seller_id as text)) as seller
                                from search_storefront f
                                where f.storefront_id = any(array(select cast(x as uuid) from jsonb_array_elements_text(v->'storefronts') as x))) s
                            order by input.n
                            on conflict (bap_id, action, message_id) where direction = 'in' and acked do nothing
                            returning id)
                        select cast(id as text) from inserted""", String.class)
                .setParameter(1, rows)
                .getResultList()
                .map(ids -> ids.stream().map(UUID::fromString).toList()));
    }

    /**
     * Logs many callback attempts (direction out) in one statement, each tied to its seller as {@link #insertAccepted}
     * does; {@code rows} is a JSON array of the same objects with {@code acked}, the buyer app's answer to the attempt.
     */
    public Uni<Integer> insertSent(String rows) {
        return getSession().chain(session -> session.createNativeQuery("""
                        with input as (
                            select r.value as v, r.n from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) with ordinality as r(value, n))
                        insert into ondc_message (id, transaction_id, message_id, action, direction, seller_id, received_at,
                            body, headers, answer, http_status, acked)
                        select cast(v->>'id' as uuid), v->>'transaction_id', v->>'message_id', v->>'action', 'out',
                            case when s.sellers = 1 then cast(s.seller as uuid)
                                 when s.sellers = 0 then (select m.seller_id from ondc_message m where m.transaction_id = v->>'transaction_id'
                                     and m.seller_id is not null order by m.received_at desc limit 1) end,
                            cast(v->>'received_at' as timestamptz), v->'body', v->'headers', v->'answer',
                            cast(v->>'http_status' as integer), cast(v->>'acked' as boolean)
                        from input cross join lateral (
                            select count(distinct f.seller_id) as sellers, min(cast(f.seller_id as text)) as seller
                            from search_storefront f
                            where f.storefront_id = any(array(select cast(x as uuid) from jsonb_array_elements_text(v->'storefronts') as x))) s
                        order by input.n""")
                .setParameter(1, rows)
                .executeUpdate());
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
