package in.haat.auth.service;

import in.haat.auth.KnownSeller;
import in.haat.auth.repository.KnownSellerRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Keeps auth-service's list of sellers that tokens may act for. */
@ApplicationScoped
public class KnownSellerService {

    private final KnownSellerRepository sellers;

    public KnownSellerService(KnownSellerRepository sellers) {
        this.sellers = sellers;
    }

    /** Records a new seller; runs in the caller's transaction. */
    public Uni<KnownSeller> learn(UUID sellerId, String name, String partnerId, Instant registeredAt) {
        KnownSeller seller = new KnownSeller();
        seller.sellerId = sellerId;
        seller.name = name;
        seller.partnerId = partnerId;
        seller.registeredAt = registeredAt;
        seller.learnedAt = Instant.now();
        return sellers.persist(seller);
    }
}
