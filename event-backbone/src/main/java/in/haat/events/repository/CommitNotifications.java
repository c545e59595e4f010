package in.haat.events.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/** PostgreSQL NOTIFYs sent when (and if) the current transaction commits; static, as background loops are not beans. */
public final class CommitNotifications {

    /**
     * The channels each open transaction has already notified (weakly held: a finished transaction is forgotten). A
     * batch consumer publishing 200 results used to send 200 identical NOTIFYs that PostgreSQL folds into one at
     * commit: each a statement through Hibernate Reactive and a round trip (issue 15).
     */
    private static final Map<Object, Set<String>> NOTIFIED = Collections.synchronizedMap(new WeakHashMap<>());

    private CommitNotifications() {
    }

    /**
     * Notifies {@code channel} on commit: never for a rollback, and once per transaction however often it is asked. Run
     * as an update, not a select: Hibernate caches a native select's plan under a key that equals no later call's, so
     * every select added one more entry of the same hash to its plan cache, and each lookup went through them all
     * (issue 15).
     */
    public static Uni<Void> notifyOnCommit(String channel) {
        return Uni.createFrom().deferred(Panache::currentTransaction).chain(transaction -> {
            if (transaction != null && !NOTIFIED.computeIfAbsent(transaction, t -> ConcurrentHashMap.newKeySet()).add(channel)) {
                return Uni.createFrom().voidItem();
            }
            return Panache.getSession().chain(session -> session.createNativeQuery("select 1 from pg_notify(?1, '')")
                            .setParameter(1, channel).executeUpdate())
                    .replaceWithVoid();
        });
    }
}
