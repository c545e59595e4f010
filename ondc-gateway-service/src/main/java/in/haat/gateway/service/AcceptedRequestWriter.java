package in.haat.gateway.service;

import in.haat.events.GroupCommit;
import in.haat.events.Outbox;
import in.haat.gateway.OndcMessage;
import in.haat.gateway.config.BecknConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The ACK path's group commit: accepted buyer requests that arrive together are logged with their events in one
 * transaction (one multi-row insert each, one commit), and each is answered only once that committed, so an ACK
 * still means durable ({@link GroupCommit}).
 */
@ApplicationScoped
public class AcceptedRequestWriter {

    /** One accepted request: its log row and its event, both serialised on the request's own thread. */
    private record Accepted(UUID id, String row, String event) {
    }

    private final OndcMessageLog log;
    private final Outbox outbox;
    private final GroupCommit<Accepted, Boolean> batches;

    public AcceptedRequestWriter(OndcMessageLog log, Outbox outbox, Vertx vertx, BecknConfig config) {
        this.log = log;
        this.outbox = outbox;
        this.batches = new GroupCommit<>("accepted beckn requests", vertx, config.acceptBatchSize(),
                config.acceptBatchBytes().asLongValue(), a -> a.row().length() + a.event().length(), config.acceptWriters(),
                this::write);
    }

    /**
     * Logs an accepted message with its event (from {@link Outbox#prepare}) once its batch commits: true if logged
     * now, false if that (bap_id, action, message_id) was accepted before (then no event is written).
     */
    public Uni<Boolean> write(OndcMessage message, String event) {
        return batches.submit(new Accepted(message.id, log.acceptedRow(message), event));
    }

    /** In the batch's transaction: the messages not accepted before, then the events of those. */
    private Uni<List<GroupCommit.Outcome<Boolean>>> write(List<Accepted> batch) {
        return log.writeAccepted(batch.stream().map(Accepted::row).toList()).chain(ids -> {
            Set<UUID> logged = new HashSet<>(ids);
            return outbox.publishPrepared(batch.stream().filter(a -> logged.contains(a.id())).map(Accepted::event).toList())
                    .replaceWith(() -> batch.stream().map(a -> GroupCommit.Outcome.of(logged.contains(a.id()))).toList());
        });
    }
}
