package in.haat.gateway.service;

import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.gateway.mapping.OndcMessageView;
import in.haat.gateway.repository.OndcMessageRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads the ONDC transaction log, seller by seller. */
@ApplicationScoped
public class OndcMessageService {

    /** A message cursor holds the last row's received_at and id. */
    public static final int CURSOR_PARTS = 2;

    private final OndcMessageRepository messages;

    public OndcMessageService(OndcMessageRepository messages) {
        this.messages = messages;
    }

    @WithSession
    public Uni<Page<OndcMessageView>> list(UUID sellerId, PageRequest page) {
        return messages.pageOf(sellerId, page).map(rows -> Page.of(rows, page, OndcMessageView::of,
                last -> PageRequest.cursor(last.receivedAt.toString(), last.id.toString())));
    }
}
