package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.validation.SchemaCheck;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything a buyer app can check of a callback on its own: the seller app's signature against its registry entry,
 * the official schema, the context (same transaction, our ids, the action asked for), the message id (the request's
 * for a solicited callback, a fresh one for an unsolicited), a timestamp later than every earlier message of the
 * transaction, and the quote's arithmetic (breakup sums to the price; an item line is unit price times quantity; the
 * price is the one quoted before, less what a cancellation's quote trail refunded).
 */
public final class CallbackChecks {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    private final SchemaCheck schemas;
    private final String bapId;
    private final String bapUri;

    public CallbackChecks(SchemaCheck schemas, String bapId, String bapUri) {
        this.schemas = schemas;
        this.bapId = bapId;
        this.bapUri = bapUri;
    }

    /**
     * Checks {@code callback} as the {@code action} of {@code transaction} answering {@code requestMessageId} (null for an
     * unsolicited callback), and records it in the transaction.
     */
    public CheckedCallback check(Transaction transaction, RegistryEntry seller, Callback callback, String action,
            String requestMessageId) {
        List<Check> checks = new ArrayList<>();
        JsonNode context = callback.body().path("context");

        Optional<String> signature = BecknSignature.problem(callback.authorization(), callback.raw(), seller.subscriberId(),
                seller.uniqueKeyId(), seller.signingPublicKey(), Instant.now().getEpochSecond());
        checks.add(Check.of("signature", signature.isEmpty(), signature.orElse("")));

        List<String> problems = schemas.problems(action, callback.body()).stream().filter(p -> !cancelType(callback.order(), p)).toList();
        checks.add(Check.of("schema", problems.isEmpty(), problems.size() + " problem(s): " + String.join("; ", problems.stream().limit(5).toList())));

        List<String> wrong = new ArrayList<>();
        expect(wrong, context, "action", action);
        expect(wrong, context, "transaction_id", transaction.id());
        expect(wrong, context, "bap_id", bapId);
        expect(wrong, context, "bap_uri", bapUri);
        expect(wrong, context, "bpp_id", seller.subscriberId());
        expect(wrong, context, "bpp_uri", seller.subscriberUrl());
        expect(wrong, context, "domain", transaction.domain());
        expect(wrong, context, transaction.rsf() ? "version" : "core_version", transaction.coreVersion());
        if (!callback.action().equals(action)) {
            wrong.add("POSTed to /" + callback.action());
        }
        checks.add(Check.of("context", wrong.isEmpty(), String.join(", ", wrong)));

        String messageId = callback.messageId();
        if (requestMessageId != null) {
            checks.add(Check.of("message_id echoed", requestMessageId.equals(messageId),
                    "message_id " + messageId + ", the request's was " + requestMessageId));
        } else {
            checks.add(Check.of("message_id fresh", !messageId.isBlank() && !transaction.seen(messageId),
                    "message_id " + messageId + " was already used in this transaction"));
        }

        checks.add(timestamp(transaction, callback));
        if ("on_select".equals(action)) {
            // Each /select asks for a new cart (the out-of-stock flow selects again), so its quote starts afresh.
            transaction.quoted(null);
        }
        quote(transaction, callback.order().path("quote"), callback.order().path("items"), refunded(callback.order())).ifPresent(checks::add);
        return new CheckedCallback(callback, checks);
    }

    /** ONDC's OpenAPI lists no Cancel, RTO or Return fulfilment type, which its own on_cancel and on_update examples use: not a problem. */
    private static boolean cancelType(JsonNode order, String problem) {
        JsonNode fulfilments = order.path("fulfillments");
        for (int i = 0; i < fulfilments.size(); i++) {
            String type = fulfilments.path(i).path("type").asText();
            if (("Cancel".equals(type) || "RTO".equals(type) || "Return".equals(type)) && problem.startsWith("/message/order/fulfillments/" + i + "/type:")) {
                return true;
            }
        }
        return false;
    }

    /** What the order's Cancel fulfilments say was refunded: the sum of their quote_trail values (negative). */
    static BigDecimal refunded(JsonNode order) {
        BigDecimal refunded = BigDecimal.ZERO;
        for (JsonNode fulfilment : order.path("fulfillments")) {
            for (JsonNode tag : fulfilment.path("tags")) {
                for (JsonNode entry : "quote_trail".equals(tag.path("code").asText()) ? tag.path("list") : BuyerApp.JSON.createArrayNode()) {
                    BigDecimal value = "value".equals(entry.path("code").asText()) ? amount(entry.path("value")) : null;
                    refunded = value == null ? refunded : refunded.add(value);
                }
            }
        }
        return refunded;
    }

    private static Check timestamp(Transaction transaction, Callback callback) {
        String text = callback.timestamp();
        Instant at;
        try {
            at = Instant.parse(text);
        } catch (DateTimeParseException e) {
            transaction.received(callback.messageId(), Instant.EPOCH);
            return Check.fail("timestamp increasing", "timestamp " + text + " is not RFC 3339");
        }
        Instant before = transaction.received(callback.messageId(), at);
        if (!TIMESTAMP.matcher(text).matches()) {
            return Check.fail("timestamp increasing", "timestamp " + text + " is not UTC with milliseconds");
        }
        return Check.of("timestamp increasing", at.isAfter(before), "timestamp " + text + " is not after " + before);
    }

    /** The quote's arithmetic, when the callback carries a quote. */
    Optional<Check> quote(Transaction transaction, JsonNode quote) {
        return quote(transaction, quote, BuyerApp.JSON.missingNode());
    }

    /**
     * As {@link #quote(Transaction, JsonNode)}; a line without {@code @ondc/org/item_quantity} (ONDC leaves it out
     * after /on_select) is counted from the order's {@code items}.
     */
    Optional<Check> quote(Transaction transaction, JsonNode quote, JsonNode items) {
        return quote(transaction, quote, items, BigDecimal.ZERO);
    }

    /** As above, for a quote from which {@code refunded} (a quote trail's sum, negative) was taken: with it, the earlier price. */
    Optional<Check> quote(Transaction transaction, JsonNode quote, JsonNode items, BigDecimal refunded) {
        if (!quote.isObject()) {
            return Optional.empty();
        }
        List<String> wrong = new ArrayList<>();
        BigDecimal price = amount(quote.path("price").path("value"));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : quote.path("breakup")) {
            BigDecimal value = amount(line.path("price").path("value"));
            if (value == null) {
                wrong.add("breakup line " + line.path("title").asText() + " has no price.value");
                continue;
            }
            sum = sum.add(value);
            if ("item".equals(line.path("@ondc/org/title_type").asText())) {
                String itemId = line.path("@ondc/org/item_id").asText();
                JsonNode count = line.path("@ondc/org/item_quantity").path("count");
                if (count.isMissingNode()) {
                    for (JsonNode item : items) {
                        if (itemId.equals(item.path("id").asText())) {
                            count = item.path("quantity").path("count");
                        }
                    }
                }
                BigDecimal unit = amount(line.path("item").path("price").path("value"));
                if (unit == null && transaction.unitPrice(itemId) != null) {
                    unit = new BigDecimal(transaction.unitPrice(itemId));
                }
                if (unit == null || !count.canConvertToInt()) {
                    wrong.add("item line " + itemId + " lacks item.price.value or @ondc/org/item_quantity.count");
                } else if (unit.multiply(BigDecimal.valueOf(count.asInt())).compareTo(value) != 0) {
                    wrong.add("item line " + itemId + ": " + unit.toPlainString() + " x " + count.asInt() + " is not " + value.toPlainString());
                }
                String offered = transaction.unitPrice(itemId);
                if (offered != null && unit != null && new BigDecimal(offered).compareTo(unit) != 0) {
                    wrong.add("item " + itemId + " unit price " + unit.toPlainString() + ", /on_search offered " + offered);
                }
            }
        }
        if (price == null) {
            wrong.add("quote.price.value is missing or not a number");
        } else if (sum.setScale(2, RoundingMode.HALF_UP).compareTo(price.setScale(2, RoundingMode.HALF_UP)) != 0) {
            wrong.add("breakup sums to " + sum.toPlainString() + ", quote.price.value is " + price.toPlainString());
        }
        JsonNode before = transaction.lastQuote();
        // Only what was refunded since the earlier quote explains a difference (a part-cancel, then an RTO's /on_status).
        BigDecimal since = refunded.subtract(transaction.lastRefunded());
        if (before != null && price != null) {
            BigDecimal earlier = amount(before.path("price").path("value"));
            if (earlier != null && earlier.compareTo(price.subtract(since)) != 0) {
                wrong.add("quote.price.value " + price.toPlainString() + (since.signum() == 0 ? "" : " with " + since.negate().toPlainString()
                        + " refunded") + " differs from the earlier " + earlier.toPlainString());
            }
        }
        transaction.quoted(quote);
        transaction.refunded(refunded);
        return Optional.of(Check.of("quote arithmetic", wrong.isEmpty(), String.join("; ", wrong)));
    }

    private static BigDecimal amount(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return value.isTextual() ? new BigDecimal(value.asText()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void expect(List<String> wrong, JsonNode context, String field, String expected) {
        String actual = context.path(field).asText(null);
        if (!expected.equals(actual)) {
            wrong.add(field + " " + actual + ", expected " + expected);
        }
    }
}
