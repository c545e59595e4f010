package in.haat.auth.repository;

import in.haat.auth.ApiClient;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** ApiClient rows in auth-service's database. */
@ApplicationScoped
public class ApiClientRepository implements PanacheRepositoryBase<ApiClient, String> {
}
