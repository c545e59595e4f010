package in.haat.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.runtime.SessionOperations;
import io.smallrye.mutiny.Uni;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Wakes in-process loops (the outbox relay, callback delivery) once the transaction that wrote for them has committed,
 * in place of a PostgreSQL NOTIFY: a transaction that notifies holds a lock of the whole server from its commit's start
 * until its WAL is flushed, so every notifying commit of the five databases waited for the one before and paid an
 * fsync of its own (issue 15: half the commit rate of the same inserts without it, measured with pgbench here).
 * A transaction begun by {@link #withTransaction} takes wakes; where none was (a REST call's {@code @WithTransaction}),
 * {@link #register} answers false and the writer leaves its rows to the insert trigger's NOTIFY as before.
 */
public final class AfterCommit {

    /** The wakes each open transaction begun here will run (weakly held: a finished transaction is forgotten). */
    private static final Map<Object, Set<Runnable>> PENDING = Collections.synchronizedMap(new WeakHashMap<>());

    private static final Logger LOG = Logger.getLogger(AfterCommit.class);

    /** Panache's name for the default persistence unit, the one every service's outbox is in. */
    private static final String DEFAULT_UNIT = "<default>";

    private AfterCommit() {
    }

    /**
     * {@code Panache.withTransaction(work)}, then, once it committed, each wake registered in it (once, however often
     * registered); inside one begun elsewhere it just joins it and takes no wakes. Nothing wakes for a transaction that
     * rolled back: it wrote nothing.
     */
    public static <T> Uni<T> withTransaction(Supplier<Uni<T>> work) {
        return Uni.createFrom().<T>deferred(() -> {
            Mutiny.Session session = SessionOperations.getCurrentSession(DEFAULT_UNIT);
            if (session != null && session.currentTransaction() != null) {
                // Joins a transaction begun elsewhere: whoever began it wakes after its commit (or the NOTIFY does).
                return Panache.withTransaction(work);
            }
            Set<Runnable> wakes = ConcurrentHashMap.newKeySet();
            Object[] begun = {null};
            return Panache.withTransaction(() -> Panache.currentTransaction().chain(transaction -> {
                        if (transaction != null && PENDING.putIfAbsent(transaction, wakes) == null) {
                            begun[0] = transaction;
                        }
                        return Uni.createFrom().<T>deferred(work::get);
                    }))
                    .onTermination().invoke(() -> {
                        if (begun[0] != null) {
                            PENDING.remove(begun[0]);
                        }
                    })
                    .invoke(() -> wakes.forEach(AfterCommit::wake));
        });
    }

    /** A wake never fails what committed (a caller would answer a durable write as failed): at worst the poll finds it. */
    private static void wake(Runnable wake) {
        try {
            wake.run();
        } catch (RuntimeException e) {
            LOG.warnf("a wake after commit failed (the loop's poll will find the rows): %s", e.toString());
        }
    }

    /**
     * Has {@code wake} run after {@code transaction} (the caller's current one) commits, if it was begun by
     * {@link #withTransaction}; answers false otherwise, and the caller must wake through the database instead.
     */
    public static boolean register(Object transaction, Runnable wake) {
        Set<Runnable> wakes = transaction == null ? null : PENDING.get(transaction);
        if (wakes == null) {
            return false;
        }
        wakes.add(wake);
        return true;
    }
}
