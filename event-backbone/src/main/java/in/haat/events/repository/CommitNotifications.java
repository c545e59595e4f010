package in.haat.events.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** PostgreSQL NOTIFYs sent when (and if) the current transaction commits; static, as background loops are not beans. */
public final class CommitNotifications {

    private CommitNotifications() {
    }

    /**
     * Notifies {@code channel} on commit: never for a rollback, and several in one transaction arrive as one. Run as an
     * update, not a select: Hibernate caches a native select's plan under a key that equals no later call's, so every
     * select added one more entry of the same hash to its plan cache, and each lookup went through them all (issue 15).
     */
    public static Uni<Void> notifyOnCommit(String channel) {
        return Panache.getSession().chain(session -> session.createNativeQuery("select 1 from pg_notify(?1, '')")
                        .setParameter(1, channel).executeUpdate())
                .replaceWithVoid();
    }
}
