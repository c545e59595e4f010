package in.haat.auth.repository;

import in.haat.auth.RevokedAccessToken;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** RevokedAccessToken rows in auth-service's database. */
@ApplicationScoped
public class RevokedAccessTokenRepository implements PanacheRepositoryBase<RevokedAccessToken, String> {
}
