package in.haat.order.repository;

import in.haat.api.PageRequest;
import in.haat.order.SellerOrder;
import in.haat.order.mapping.OrderFilter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Confirmed orders and their history, in the caller's transaction. */
@ApplicationScoped
public class OrderRepository {

    private static final String COLUMNS = "id, transaction_id, storefront_id, seller_id, partner_id, bap_id, state, fulfilment_state, "
            + "total, cast(document as text), invoice_token, created_at, updated_at";

    /** One change of state, as the history lists it. */
    public record Change(String state, String fulfilmentState, String cause, Instant at) {
    }

    public Uni<Void> insert(SellerOrder o) {
        return Sql.update("insert into seller_order (id, transaction_id, storefront_id, seller_id, partner_id, bap_id, state, "
                        + "fulfilment_state, total, document, invoice_token, created_at, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                        + "cast(cast(?10 as text) as jsonb), ?11, ?12, ?13)",
                o.id, o.transactionId, o.storefrontId, o.sellerId, o.partnerId, o.bapId, o.state, o.fulfilmentState, o.total,
                o.document.toString(), o.invoiceToken, o.createdAt, o.updatedAt).replaceWithVoid();
    }

    public Uni<Void> update(SellerOrder o) {
        return Sql.update("update seller_order set state = ?2, fulfilment_state = ?3, document = cast(cast(?4 as text) as jsonb), "
                        + "updated_at = ?5 where id = ?1",
                o.id, o.state, o.fulfilmentState, o.document.toString(), o.updatedAt).replaceWithVoid();
    }

    public Uni<Void> record(String orderId, Change change) {
        return Sql.update("insert into order_history (order_id, state, fulfilment_state, cause, at) values (?1, ?2, ?3, ?4, ?5)",
                orderId, change.state(), change.fulfilmentState(), change.cause(), change.at()).replaceWithVoid();
    }

    public Uni<List<Change>> history(String orderId) {
        return Sql.rows("select state, fulfilment_state, cause, at from order_history where order_id = ?1 order by id", orderId)
                .map(rows -> rows.stream().map(r -> new Change(Sql.text(r[0]), Sql.text(r[1]), Sql.text(r[2]), Sql.instant(r[3]))).toList());
    }

    /** An order, locked for the caller's transaction; null when there is none. */
    public Uni<SellerOrder> lock(String orderId) {
        return Sql.rows("select " + COLUMNS + " from seller_order where id = ?1 for update", orderId)
                .map(rows -> rows.isEmpty() ? null : toOrder(rows.get(0)));
    }

    public Uni<SellerOrder> find(String orderId) {
        return Sql.rows("select " + COLUMNS + " from seller_order where id = ?1", orderId)
                .map(rows -> rows.isEmpty() ? null : toOrder(rows.get(0)));
    }

    public Uni<SellerOrder> findByTransaction(String transactionId) {
        return Sql.rows("select " + COLUMNS + " from seller_order where transaction_id = ?1", transactionId)
                .map(rows -> rows.isEmpty() ? null : toOrder(rows.get(0)));
    }

    /**
     * One page of the orders a caller may see (the sellers it names, or every seller of its partner), newest first, one
     * row more than the page.
     */
    public Uni<List<SellerOrder>> page(List<UUID> sellerIds, String partnerId, OrderFilter filter, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from seller_order where (");
        StringBuilder ids = new StringBuilder();
        sellerIds.forEach(id -> ids.append(ids.isEmpty() ? "" : ",").append(id));
        parameters.add(ids.toString());
        sql.append("seller_id = any(string_to_array(?1, ',')::uuid[])");
        if (partnerId != null) {
            parameters.add(partnerId);
            sql.append(" or partner_id = ?2 or seller_id in (select seller_id from seller_directory where partner_id = ?2)");
        }
        sql.append(")");
        if (filter.sellerId() != null) {
            parameters.add(filter.sellerId());
            sql.append(" and seller_id = ?").append(parameters.size());
        }
        if (filter.storefrontId() != null) {
            parameters.add(filter.storefrontId());
            sql.append(" and storefront_id = ?").append(parameters.size());
        }
        if (filter.state() != null) {
            parameters.add(filter.state());
            sql.append(" and state = ?").append(parameters.size());
        }
        if (filter.from() != null) {
            parameters.add(filter.from());
            sql.append(" and created_at >= ?").append(parameters.size());
        }
        if (filter.to() != null) {
            parameters.add(filter.to());
            sql.append(" and created_at < ?").append(parameters.size());
        }
        if (!page.first()) {
            parameters.add(page.instantAt(0));
            int at = parameters.size();
            parameters.add(page.after().get(1));
            sql.append(" and (created_at < ?").append(at).append(" or (created_at = ?").append(at)
                    .append(" and id < ?").append(parameters.size()).append("))");
        }
        parameters.add(page.fetchSize());
        sql.append(" order by created_at desc, id desc limit ?").append(parameters.size());
        return Sql.rows(sql.toString(), parameters.toArray()).map(rows -> rows.stream().map(OrderRepository::toOrder).toList());
    }

    private static SellerOrder toOrder(Object[] r) {
        SellerOrder o = new SellerOrder();
        o.id = Sql.text(r[0]);
        o.transactionId = Sql.text(r[1]);
        o.storefrontId = Sql.uuid(r[2]);
        o.sellerId = Sql.uuid(r[3]);
        o.partnerId = Sql.text(r[4]);
        o.bapId = Sql.text(r[5]);
        o.state = Sql.text(r[6]);
        o.fulfilmentState = Sql.text(r[7]);
        o.total = new java.math.BigDecimal(r[8].toString());
        o.document = Sql.json(r[9]);
        o.invoiceToken = Sql.text(r[10]);
        o.createdAt = Sql.instant(r[11]);
        o.updatedAt = Sql.instant(r[12]);
        return o;
    }
}
