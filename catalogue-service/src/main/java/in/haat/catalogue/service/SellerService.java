package in.haat.catalogue.service;

import in.haat.catalogue.Seller;
import in.haat.catalogue.event.CatalogueEvents;
import in.haat.catalogue.event.SellerCreated;
import in.haat.catalogue.mapping.NewSeller;
import in.haat.catalogue.repository.SellerRepository;
import in.haat.events.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Registers and looks up sellers; every change is announced through the outbox. */
@ApplicationScoped
public class SellerService {

    private final SellerRepository sellers;
    private final Outbox outbox;

    public SellerService(SellerRepository sellers, Outbox outbox) {
        this.sellers = sellers;
        this.outbox = outbox;
    }

    /** Registers a seller owned by {@code partnerId} and announces it in the same transaction. */
    @WithTransaction
    public Uni<Seller> create(NewSeller request, String partnerId) {
        Seller seller = new Seller();
        seller.id = UUID.randomUUID();
        seller.partnerId = partnerId;
        seller.name = request.name().strip();
        seller.contactEmail = request.contactEmail();
        seller.createdAt = Instant.now();
        seller.updatedAt = seller.createdAt;
        return sellers.persist(seller)
                .call(saved -> outbox.publish(CatalogueEvents.TOPIC, CatalogueEvents.SELLER_CREATED, 1,
                        saved.id.toString(), new SellerCreated(saved.id, saved.partnerId, saved.name, saved.createdAt)));
    }

    @WithSession
    public Uni<Seller> find(UUID id) {
        return sellers.findById(id);
    }
}
