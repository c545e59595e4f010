package in.haat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Time-ordered ids: version 7, stamped now, unique, and each greater than the one made before it, on any thread. */
class TimeOrderedIdsTest {

    @Test
    void anIdIsVersion7StampedWithTheMillisecondItWasMadeIn() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        long stamp = id.getMostSignificantBits() >>> 16;
        // A burst may run the counter into the next milliseconds, never back.
        assertTrue(stamp >= before && stamp <= after + 1000, stamp + " not in [" + before + ", " + after + "]");
    }

    @Test
    void idsMadeOnManyThreadsAreUniqueAndEachThreadsRiseAsPostgreSQLSortsThem() throws Exception {
        int threads = 4;
        int perThread = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<UUID[]>> made = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                made.add(pool.submit(() -> {
                    UUID[] ids = new UUID[perThread];
                    for (int i = 0; i < perThread; i++) {
                        ids[i] = TimeOrderedIds.next();
                    }
                    return ids;
                }));
            }
            Set<UUID> all = new HashSet<>();
            for (Future<UUID[]> future : made) {
                UUID[] ids = future.get();
                for (int i = 1; i < ids.length; i++) {
                    assertTrue(bytewise(ids[i - 1], ids[i]) < 0, ids[i - 1] + " then " + ids[i]);
                }
                all.addAll(Arrays.asList(ids));
            }
            assertEquals(threads * perThread, all.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /** PostgreSQL orders uuids by their bytes, unsigned, which is not {@link UUID#compareTo}'s signed order. */
    private static int bytewise(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
