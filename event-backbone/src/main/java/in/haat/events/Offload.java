package in.haat.events;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Callable;

/**
 * The one way to run CPU-heavy work (hashing, signing, building a large catalogue, checking thousands of items) off
 * the event loop: on a Vert.x worker, resuming on the caller's own Vert.x context, where Hibernate Reactive must stay.
 */
public final class Offload {

    private Offload() {
    }

    public static <T> Uni<T> cpu(Callable<T> work) {
        Context context = Vertx.currentContext();
        if (context == null) {
            // Not on Vert.x (a plain unit test, a worker already): nothing to keep free.
            return inline(work);
        }
        // ordered=false: independent pieces of work from one context may run in parallel on the worker pool.
        return Uni.createFrom().completionStage(() -> context.executeBlocking(work, false).toCompletionStage());
    }

    /**
     * As {@link #cpu(Callable)} for work whose cost grows with its input, run where it is when {@code small}: small
     * work takes microseconds, less than the hand-over to a worker and back (two thread wake-ups) it would cost.
     */
    public static <T> Uni<T> cpu(boolean small, Callable<T> work) {
        return small ? inline(work) : cpu(work);
    }

    private static <T> Uni<T> inline(Callable<T> work) {
        return Uni.createFrom().item(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
