package in.haat.auth.repository;

import in.haat.auth.AuthorizationCode;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** AuthorizationCode rows in auth-service's database. */
@ApplicationScoped
public class AuthorizationCodeRepository implements PanacheRepositoryBase<AuthorizationCode, String> {
}
