package in.haat.gateway.repository;

import in.haat.api.PageRequest;
import in.haat.gateway.OndcMessage;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The ONDC transaction log in ondc-gateway-service's database. */
@ApplicationScoped
public class OndcMessageRepository implements PanacheRepositoryBase<OndcMessage, UUID> {

    /** One page of a seller's messages, newest first, one row more than the page to tell if more follow. */
    public Uni<List<OndcMessage>> pageOf(UUID sellerId, PageRequest page) {
        if (page.first()) {
            return find("sellerId = ?1 order by receivedAt desc, id desc", sellerId).range(0, page.limit()).list();
        }
        return find("sellerId = ?1 and (receivedAt < ?2 or (receivedAt = ?2 and id < ?3)) order by receivedAt desc, id desc",
                sellerId, page.instantAt(0), page.uuidAt(1))
                .range(0, page.limit()).list();
    }
}
