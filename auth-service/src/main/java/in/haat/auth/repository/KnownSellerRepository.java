package in.haat.auth.repository;

import in.haat.auth.KnownSeller;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Sellers auth-service has learned of. */
@ApplicationScoped
public class KnownSellerRepository implements PanacheRepositoryBase<KnownSeller, UUID> {
}
