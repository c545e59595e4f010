package in.haat.auth.repository;

import in.haat.auth.SellerConsent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Sellers' consents to third-party apps. */
@ApplicationScoped
public class SellerConsentRepository implements PanacheRepositoryBase<SellerConsent, SellerConsent.Id> {
}
