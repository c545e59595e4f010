package in.haat.catalogue.repository;

import in.haat.catalogue.Seller;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Sellers in catalogue-service's database. */
@ApplicationScoped
public class SellerRepository implements PanacheRepositoryBase<Seller, UUID> {
}
