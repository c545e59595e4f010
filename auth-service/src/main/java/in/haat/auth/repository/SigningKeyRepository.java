package in.haat.auth.repository;

import in.haat.auth.SigningKey;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** SigningKey rows in auth-service's database. */
@ApplicationScoped
public class SigningKeyRepository implements PanacheRepositoryBase<SigningKey, String> {

    /** Waits for the transaction-scoped advisory lock {@code lock}, so only one replica rotates keys at a time. */
    public Uni<Boolean> lockForRotation(long lock) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select pg_advisory_xact_lock(?1) is not null", Boolean.class)
                .setParameter(1, lock).getSingleResult());
    }
}
