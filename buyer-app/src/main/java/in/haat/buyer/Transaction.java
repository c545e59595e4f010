package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One ONDC transaction as the buyer app sees it: its id and context values, the message ids it has seen both ways,
 * the latest timestamp (every message must be later), the unit prices /on_search offered and the last quote, so each
 * callback can be checked against what came before it. Thread-safe.
 */
public final class Transaction {

    private final String id = UUID.randomUUID().toString();
    private final String domain;
    private final String city;
    private final String coreVersion;
    private final Set<String> sentMessageIds = new HashSet<>();
    private final Set<String> receivedMessageIds = new HashSet<>();
    private final Map<String, String> unitPrices = new HashMap<>();
    private Instant latest = Instant.EPOCH;
    private JsonNode lastQuote;
    private java.math.BigDecimal lastRefunded = java.math.BigDecimal.ZERO;

    public Transaction(String domain, String city, String coreVersion) {
        this.domain = domain;
        this.city = city;
        this.coreVersion = coreVersion;
    }

    public String id() {
        return id;
    }

    public String domain() {
        return domain;
    }

    public String city() {
        return city;
    }

    public String coreVersion() {
        return coreVersion;
    }

    /** True for an RSF 2.0 transaction (ONDC:NTS10): its context names {@code version} and {@code location}. */
    public boolean rsf() {
        return RSF_DOMAIN.equals(domain);
    }

    /** RSF 2.0's domain. */
    public static final String RSF_DOMAIN = "ONDC:NTS10";

    /** A timestamp for the next request: now, but later than every message so far (millisecond precision, as ONDC writes them). */
    synchronized Instant nextTimestamp() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        latest = now.isAfter(latest) ? now : latest.plusMillis(1);
        return latest;
    }

    synchronized void sent(String messageId) {
        sentMessageIds.add(messageId);
    }

    synchronized boolean wasSent(String messageId) {
        return sentMessageIds.contains(messageId);
    }

    synchronized boolean seen(String messageId) {
        return sentMessageIds.contains(messageId) || receivedMessageIds.contains(messageId);
    }

    /** Records a callback's message id and timestamp; answers the latest timestamp before it. */
    synchronized Instant received(String messageId, Instant timestamp) {
        Instant before = latest;
        receivedMessageIds.add(messageId);
        if (timestamp.isAfter(latest)) {
            latest = timestamp;
        }
        return before;
    }

    /** Unit prices offered in /on_search, by item id. */
    public synchronized void offered(String itemId, String unitPrice) {
        unitPrices.put(itemId, unitPrice);
    }

    synchronized String unitPrice(String itemId) {
        return unitPrices.get(itemId);
    }

    synchronized JsonNode lastQuote() {
        return lastQuote;
    }

    synchronized void quoted(JsonNode quote) {
        lastQuote = quote;
    }

    /** What the quote trails of the last quote's order had refunded (negative): later refunds are counted from there. */
    synchronized java.math.BigDecimal lastRefunded() {
        return lastRefunded;
    }

    synchronized void refunded(java.math.BigDecimal refunded) {
        lastRefunded = refunded;
    }
}
