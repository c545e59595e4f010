package in.haat.events;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * W3C trace context carried in the envelope, so one buyer request can be followed across services
 * whether or not a tracing SDK is installed.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private TraceContext() {
    }

    /** A new trace: the first event of a flow. */
    public static Map<String, String> newTrace() {
        return Map.of(TRACEPARENT, "00-" + randomHex(16) + "-" + randomHex(8) + "-01");
    }

    /** The same trace as the event that caused this one, with a new span id. */
    public static Map<String, String> continueFrom(Map<String, String> parent) {
        String traceparent = parent == null ? null : parent.get(TRACEPARENT);
        if (traceparent == null || !traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}")) {
            return newTrace();
        }
        return Map.of(TRACEPARENT, traceparent.substring(0, 36) + randomHex(8) + traceparent.substring(52));
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HEX.formatHex(b);
    }
}
