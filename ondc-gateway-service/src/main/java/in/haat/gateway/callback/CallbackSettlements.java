package in.haat.gateway.callback;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.GroupCommit;
import in.haat.gateway.OndcMessage;
import in.haat.gateway.repository.CallbackRepository;
import in.haat.gateway.repository.CallbackRepository.Claimed;
import in.haat.gateway.repository.CallbackRepository.Settled;
import in.haat.gateway.service.OndcMessageLog;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Settles callback attempts in batches (issue 15): attempts that finish together are settled in one statement and their
 * log rows written in one more, in one transaction ({@link GroupCommit}), and each attempt is answered only after that
 * committed, so the transaction's next callback is claimed only once this one's outcome is durable. As one by one,
 * only an attempt that still holds its claim settles its callback.
 */
@ApplicationScoped
public class CallbackSettlements {

    /** Most attempts settled in one statement: a pass has at most {@code batch-size} in flight, replicas aside. */
    private static final int BATCH = 256;
    /** Log rows of large /on_search pages: past the first, a batch holds at most this many bytes of them. */
    private static final long BATCH_BYTES = 4L * 1024 * 1024;
    /** Two writers: one batch commits while the next gathers. */
    private static final int WRITERS = 2;

    /** One attempt's outcome: its settle row and its log row (null when it was handed back unsent). */
    private record Settlement(UUID callback, String settle, String log) {
    }

    /**
     * What settling did: whether the attempt still held the claim (else nothing was settled), whether its
     * transaction's next callback is now waiting to be claimed, and how many queueing commits delivery had seen just
     * before the settling statement (see {@link in.haat.events.WakeableLoop#commitsSeen()}).
     */
    public record Result(boolean held, boolean nextWaiting, long commitsBefore) {
    }

    private final ObjectMapper json;
    private final CallbackRepository queue;
    private final OndcMessageLog log;
    private final GroupCommit<Settlement, Result> batches;
    /** Delivery's count of queueing commits seen (NOTIFYs, wakes from this process), read before each settlement. */
    private volatile LongSupplier commits = () -> 0;

    public CallbackSettlements(ObjectMapper json, CallbackRepository queue, OndcMessageLog log, Vertx vertx) {
        this.json = json;
        this.queue = queue;
        this.log = log;
        this.batches = new GroupCommit<>("callback settlements", vertx, BATCH, BATCH_BYTES,
                s -> s.settle().length() + (s.log() == null ? 0 : s.log().length()), WRITERS, this::write);
    }

    /**
     * Settles an attempt, once its batch committed: delivered, given up (set aside), or due again after
     * {@code retryMillis}; logs it as {@code attempt} (direction out) unless that is null (not sent). Answers whether
     * this attempt still held the claim (else nothing was settled; the attempt is still logged, as it was sent) and
     * whether the transaction's next callback now waits.
     */
    public Uni<Result> settle(Claimed callback, boolean delivered, boolean giveUp, long retryMillis, Integer status,
            String error, OndcMessage attempt) {
        String settle = json.createObjectNode()
                .put("id", callback.id().toString())
                .put("attempt", callback.attempt())
                .put("delivered", delivered)
                .put("give_up", giveUp)
                .put("retry_millis", retryMillis)
                .put("status", status)
                .put("error", error)
                .toString();
        return batches.submit(new Settlement(callback.id(), settle, attempt == null ? null : log.sentRow(attempt)));
    }

    /** Delivery's count of the queueing commits it has seen, which each {@link Result} reads before its statement. */
    void countCommits(LongSupplier seen) {
        this.commits = seen;
    }

    /** In the batch's transaction: every settlement in one statement, then every log row in one. */
    private Uni<List<GroupCommit.Outcome<Result>>> write(List<Settlement> batch) {
        long commitsBefore = commits.getAsLong();
        return queue.settleAll("[" + String.join(",", batch.stream().map(Settlement::settle).toList()) + "]").chain(rows -> {
            Map<UUID, Settled> settled = rows.stream().collect(Collectors.toMap(Settled::id, Function.identity()));
            List<String> logged = batch.stream().map(Settlement::log).filter(Objects::nonNull).toList();
            Uni<Integer> logs = logged.isEmpty() ? Uni.createFrom().item(0) : log.writeSent(logged);
            return logs.map(ignored -> batch.stream().map(s -> {
                Settled row = settled.get(s.callback());
                return GroupCommit.Outcome.of(new Result(row != null, row != null && row.nextWaiting(), commitsBefore));
            }).toList());
        });
    }
}
