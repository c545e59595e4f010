package in.haat.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.gateway.mapping.FlowFile;
import in.haat.gateway.mapping.IgmFlowFile;
import in.haat.gateway.mapping.OndcMessageView;
import in.haat.gateway.repository.OndcMessageRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the ONDC transaction log, seller by seller: pages of messages, and transactions as a validator's flow file. */
@ApplicationScoped
public class OndcMessageService {

    /** A message cursor holds the last row's received_at and id. */
    public static final int CURSOR_PARTS = 2;

    private final OndcMessageRepository messages;
    private final ObjectMapper json;

    public OndcMessageService(OndcMessageRepository messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @WithSession
    public Uni<Page<OndcMessageView>> list(UUID sellerId, Optional<String> transactionId, PageRequest page) {
        return messages.pageOf(sellerId, transactionId, page).map(rows -> Page.of(rows, page, OndcMessageView::of,
                last -> PageRequest.cursor(last.receivedAt.toString(), last.id.toString())));
    }

    /**
     * The transactions as one flow file (every message of them, also those that name no seller, such as the
     * broadcast /search; flow {@code igm}: an IGM transaction as the validator's IGM check takes it), or empty when one of them has no message of this seller: a seller exports only its own.
     */
    @WithSession
    public Uni<Optional<ObjectNode>> flow(UUID sellerId, List<String> transactionIds, String flow) {
        return messages.transactionsOf(sellerId, transactionIds).chain(own -> own.size() < transactionIds.stream().distinct().count()
                ? Uni.createFrom().item(Optional.<ObjectNode>empty())
                : messages.ofTransactions(transactionIds).map(rows -> Optional.of(IgmFlowFile.FLOW.equals(flow) ? IgmFlowFile.of(rows, json)
                        : FlowFile.of(rows, flow, json))));
    }
}
