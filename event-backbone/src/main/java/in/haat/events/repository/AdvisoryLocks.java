package in.haat.events.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** PostgreSQL advisory locks that let one replica at a time run a background pass, held until the transaction ends. */
@ApplicationScoped
public class AdvisoryLocks {

    /** Takes the lock {@code id} for the current transaction if no other holds it; answers whether it was taken. */
    public Uni<Boolean> tryLockForTransaction(long id) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select pg_try_advisory_xact_lock(?1)", Boolean.class)
                        .setParameter(1, id)
                        .getSingleResult());
    }
}
