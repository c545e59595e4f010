package in.haat.gateway.callback;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Callback ids that sort in the order they were made (UUID version 7: the millisecond, then a counter within it, then
 * random bits). A transaction's callbacks are delivered in (created_at, id) order, and rows inserted together may share
 * a created_at: the id then keeps the order they were queued in.
 */
final class CallbackIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The last id's millisecond shifted left 12 bits plus its counter: every next one is greater. */
    private static final AtomicLong LAST = new AtomicLong();

    private CallbackIds() {
    }

    static UUID next() {
        long now = System.currentTimeMillis() << 12;
        long stamp = LAST.updateAndGet(last -> Math.max(last + 1, now));
        long high = ((stamp >>> 12) << 16) | 0x7000L | (stamp & 0xfffL);
        long low = (RANDOM.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
