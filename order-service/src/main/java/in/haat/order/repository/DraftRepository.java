package in.haat.order.repository;

import in.haat.order.OrderDraft;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Order drafts by transaction id, in the caller's transaction; read for update, so one transaction's steps queue. */
@ApplicationScoped
public class DraftRepository {

    private static final String COLUMNS = "transaction_id, storefront_id, seller_id, bap_id, stage, cast(quote as text), "
            + "init_message_id, cast(init_order as text), hold_reference, hold_seq, hold_expires_at, order_id, "
            + "confirm_message_id, cast(confirm_order as text), created_at, updated_at";

    /** The draft of a transaction, locked until the caller's transaction ends; null when there is none. */
    public Uni<OrderDraft> lock(String transactionId) {
        return Sql.rows("select " + COLUMNS + " from order_draft where transaction_id = ?1 for update", transactionId)
                .map(rows -> rows.isEmpty() ? null : toDraft(rows.get(0)));
    }

    /** The draft whose stock hold is under {@code reference}, locked; null when there is none. */
    public Uni<OrderDraft> lockByHold(String reference) {
        return Sql.rows("select " + COLUMNS + " from order_draft where hold_reference = ?1 for update", reference)
                .map(rows -> rows.isEmpty() ? null : toDraft(rows.get(0)));
    }

    /** Writes the whole draft (insert or replace). */
    public Uni<Void> save(OrderDraft d) {
        d.updatedAt = Instant.now();
        if (d.createdAt == null) {
            d.createdAt = d.updatedAt;
        }
        return Sql.update("insert into order_draft (transaction_id, storefront_id, seller_id, bap_id, stage, quote, init_message_id, "
                        + "init_order, hold_reference, hold_seq, hold_expires_at, order_id, confirm_message_id, confirm_order, created_at, updated_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, cast(cast(?6 as text) as jsonb), ?7, cast(cast(?8 as text) as jsonb), ?9, ?10, ?11, ?12, ?13, "
                        + "cast(cast(?14 as text) as jsonb), ?15, ?16) on conflict (transaction_id) do update set "
                        + "storefront_id = excluded.storefront_id, seller_id = excluded.seller_id, bap_id = excluded.bap_id, "
                        + "stage = excluded.stage, quote = excluded.quote, init_message_id = excluded.init_message_id, "
                        + "init_order = excluded.init_order, hold_reference = excluded.hold_reference, hold_seq = excluded.hold_seq, "
                        + "hold_expires_at = excluded.hold_expires_at, order_id = excluded.order_id, "
                        + "confirm_message_id = excluded.confirm_message_id, confirm_order = excluded.confirm_order, "
                        + "updated_at = excluded.updated_at",
                d.transactionId, d.storefrontId, d.sellerId, d.bapId, d.stage, Sql.jsonText(d.quote), d.initMessageId,
                Sql.jsonText(d.initOrder), d.holdReference, d.holdSeq, d.holdExpiresAt, d.orderId, d.confirmMessageId,
                Sql.jsonText(d.confirmOrder), d.createdAt, d.updatedAt).replaceWithVoid();
    }

    private static OrderDraft toDraft(Object[] r) {
        OrderDraft d = new OrderDraft();
        d.transactionId = Sql.text(r[0]);
        d.storefrontId = Sql.uuid(r[1]);
        d.sellerId = Sql.uuid(r[2]);
        d.bapId = Sql.text(r[3]);
        d.stage = Sql.text(r[4]);
        d.quote = Sql.json(r[5]);
        d.initMessageId = Sql.text(r[6]);
        d.initOrder = Sql.json(r[7]);
        d.holdReference = Sql.text(r[8]);
        d.holdSeq = ((Number) r[9]).intValue();
        d.holdExpiresAt = Sql.instant(r[10]);
        d.orderId = Sql.text(r[11]);
        d.confirmMessageId = Sql.text(r[12]);
        d.confirmOrder = Sql.json(r[13]);
        d.createdAt = Sql.instant(r[14]);
        d.updatedAt = Sql.instant(r[15]);
        return d;
    }
}
