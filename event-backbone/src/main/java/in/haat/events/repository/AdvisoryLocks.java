package in.haat.events.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** PostgreSQL advisory locks that let one replica at a time run a background pass, held until the transaction ends. */
@ApplicationScoped
public class AdvisoryLocks {

    /**
     * Takes the lock {@code id} for the current transaction if no other holds it; answers whether it was taken. The
     * statement's row count answers (one row when taken), as an update: a native select's plan is cached under a key no
     * later call equals, so each one grew Hibernate's plan cache (issue 15).
     */
    public Uni<Boolean> tryLockForTransaction(long id) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select 1 where pg_try_advisory_xact_lock(?1)")
                        .setParameter(1, id)
                        .executeUpdate())
                .map(rows -> rows == 1);
    }
}
