package in.haat.gateway.repository;

import in.haat.persistence.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/** Queuing an /on_* callback: the request it answers and its transaction's latest timestamp (one read), the queued row; caller's transaction. */
@ApplicationScoped
public class CallbackQueueRepository {

    /** What a callback is built from: the request it answers (null when there is none) and the transaction's latest timestamp. */
    public record Answering(String request, String latestTimestamp) {
    }

    // An unsolicited callback (an order's /on_status) takes the context of the transaction's latest order request: a
    // /search of the same transaction may carry city "*" and no bpp_id. An unsolicited IGM callback (/on_issue) takes its
    // latest IGM request's (IGM's own versions), an order callback never an IGM request's.
    private static final String REQUEST = "select cast(body as text) from ondc_message where direction = 'in' and acked and transaction_id = ?1";
    private static final String LATEST_REQUEST = REQUEST
            + " and (action in ('issue', 'issue_status')) = %s order by (action = 'search'), received_at desc limit 1";
    // Callbacks' timestamps only rise along a transaction, so its latest callback holds the highest; reading only that
    // one (and the requests) keeps a transaction of many large pages or pushes from re-reading all of them.
    private static final String LATEST_TIMESTAMP = "select max(ts) from ("
            + "select body->'context'->>'timestamp' as ts from ondc_message where transaction_id = ?1 and direction = 'in' "
            + "union all (select cast(cast(body as jsonb)->'context'->>'timestamp' as text) from ondc_callback "
            + "where transaction_id = ?1 order by created_at desc limit 1)) t";
    private static final String SOLICITED = withLatestTimestamp(REQUEST + " and message_id = ?2 order by received_at limit 1");
    private static final String UNSOLICITED_ORDER = withLatestTimestamp(LATEST_REQUEST.formatted(false));
    private static final String UNSOLICITED_IGM = withLatestTimestamp(LATEST_REQUEST.formatted(true));

    private static String withLatestTimestamp(String request) {
        return "select (" + request + "), (" + LATEST_TIMESTAMP + ")";
    }

    /**
     * In one statement: the body of the accepted request with {@code messageId}, or (no message id) of the
     * transaction's latest order request, falling back to its /search; and the highest context timestamp of the
     * transaction's requests and its latest callback, as written. Either may be null.
     */
    public Uni<Answering> answering(String transactionId, String messageId, boolean igm) {
        String sql = messageId != null ? SOLICITED : igm ? UNSOLICITED_IGM : UNSOLICITED_ORDER;
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql, Object[].class).setParameter(1, transactionId);
            if (messageId != null) {
                query.setParameter(2, messageId);
            }
            return query.getSingleResult();
        }).map(row -> new Answering(Rows.text(row[0]), Rows.text(row[1])));
    }

    /** Queues a callback, due at once; {@code headers} is a JSON object of extra HTTP headers, or null. */
    public Uni<Integer> insert(UUID id, String transactionId, String messageId, String action, String url, String body,
            Instant deliverUntil, String headers, String traceparent) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into ondc_callback (id, transaction_id, message_id, action, url, body, "
                                + "deliver_until, next_attempt_at, headers, traceparent) "
                                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, now(), cast(cast(?8 as text) as jsonb), ?9)")
                .setParameter(1, id)
                .setParameter(2, transactionId)
                .setParameter(3, messageId)
                .setParameter(4, action)
                .setParameter(5, url)
                .setParameter(6, body)
                .setParameter(7, deliverUntil)
                .setParameter(8, headers)
                .setParameter(9, traceparent)
                .executeUpdate());
    }
}
