package in.haat.gateway.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.persistence.Rows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Queuing /on_* callbacks, a batch at a time: the requests they answer with their transactions' latest timestamps (one
 * read), then the queued rows (one insert); caller's transaction.
 */
@ApplicationScoped
public class CallbackQueueRepository {

    /** Which request a callback answers: the one with {@code messageId}, else the transaction's latest (IGM or order) request. */
    public record Wanted(String transactionId, String messageId, boolean igm) {
    }

    /**
     * What a callback is built from: the context of the request it answers (null when there is none) and the
     * transaction's latest timestamp.
     */
    public record Answering(String requestContext, String latestTimestamp) {
    }

    /** A callback to queue, due at once; {@code headers} is a JSON object of extra HTTP headers, or null. */
    public record Queued(UUID id, String transactionId, String messageId, String action, String url, String body,
            Instant deliverUntil, ObjectNode headers, String traceparent) {
    }

    private static final String INPUT = "with input as (select r.value as v, r.n from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) "
            + "with ordinality as r(value, n)) ";
    // An unsolicited callback (an order's /on_status) takes the context of the transaction's latest order request: a
    // /search of the same transaction may carry city "*" and no bpp_id. An unsolicited IGM callback (/on_issue) takes its
    // latest IGM request's (IGM's own versions), an order callback never an IGM request's.
    // Only the context: a callback takes nothing else from its request, whose message (an order, a search's intent) can be
    // many times larger, read, sent and parsed for nothing (issue 15).
    private static final String REQUEST = "select cast(body->'context' as text) from ondc_message where direction = 'in' and acked "
            + "and transaction_id = i.v->>'t'";
    private static final String SOLICITED = REQUEST + " and message_id = i.v->>'m' order by received_at limit 1";
    private static final String UNSOLICITED = REQUEST + " and (action in ('issue', 'issue_status')) = cast(i.v->>'igm' as boolean) "
            + "order by (action = 'search'), received_at desc limit 1";
    // Callbacks' timestamps only rise along a transaction, so its latest callback holds the highest; reading only that
    // one (and the requests) keeps a transaction of many large pages or pushes from re-reading all of them.
    private static final String LATEST_TIMESTAMP = "select max(ts) from ("
            + "select body->'context'->>'timestamp' as ts from ondc_message where transaction_id = i.v->>'t' and direction = 'in' "
            + "union all (select cast(cast(body as jsonb)->'context'->>'timestamp' as text) from ondc_callback "
            + "where transaction_id = i.v->>'t' order by created_at desc, id desc limit 1)) t";
    private static final String ANSWERING = INPUT + "select (case when i.v->>'m' is not null then (" + SOLICITED + ") else (" + UNSOLICITED
            + ") end), (" + LATEST_TIMESTAMP + ") from input i order by i.n";
    private static final String INSERT = INPUT + "insert into ondc_callback (id, transaction_id, message_id, action, url, body, "
            + "deliver_until, next_attempt_at, headers, traceparent, woken) select cast(i.v->>'id' as uuid), i.v->>'t', i.v->>'m', "
            + "i.v->>'a', i.v->>'u', i.v->>'b', cast(i.v->>'until' as timestamptz), now(), i.v->'h', i.v->>'tp', cast(?2 as boolean) "
            + "from input i order by i.n";

    private final ObjectMapper json;

    public CallbackQueueRepository(ObjectMapper json) {
        this.json = json;
    }

    /**
     * In one statement, for each wanted request in order: the context of the accepted request with its message id, or (no
     * message id) of the transaction's latest order (or IGM) request, falling back to its /search; and the highest
     * context timestamp of the transaction's requests and its latest callback, as written. Either may be null.
     */
    public Uni<List<Answering>> answering(List<Wanted> wanted) {
        ArrayNode input = json.createArrayNode();
        for (Wanted w : wanted) {
            ObjectNode v = input.addObject().put("t", w.transactionId()).put("igm", w.igm());
            if (w.messageId() != null) {
                v.put("m", w.messageId());
            }
        }
        return NativeSql.rows(ANSWERING, List.of(input.toString()))
                .map(rows -> rows.stream().map(row -> new Answering(Rows.text(row[0]), Rows.text(row[1]))).toList());
    }

    /**
     * Queues the callbacks, due at once, in this order (one statement). {@code woken}: the writer wakes delivery itself
     * after its commit, so the insert trigger sends no NOTIFY (V11).
     */
    public Uni<Void> insert(List<Queued> callbacks, boolean woken) {
        ArrayNode input = json.createArrayNode();
        for (Queued c : callbacks) {
            ObjectNode v = input.addObject().put("id", c.id().toString()).put("t", c.transactionId()).put("m", c.messageId())
                    .put("a", c.action()).put("u", c.url()).put("b", c.body()).put("until", c.deliverUntil().toString())
                    .put("tp", c.traceparent());
            if (c.headers() != null) {
                v.set("h", c.headers());
            }
        }
        return NativeSql.execute(INSERT, input.toString(), woken);
    }
}
