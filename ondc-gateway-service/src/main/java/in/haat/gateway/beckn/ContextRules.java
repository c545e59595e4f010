package in.haat.gateway.beckn;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.gateway.search.CatalogIncrement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The context rules of ONDC retail 1.2.x a seller app checks before it ACKs: required fields, the action,
 * versions, domain, country and city, our bpp_id and bpp_uri, ids, RFC 3339 millisecond timestamps, ttl
 * and staleness. Answers the first broken rule as a beckn error.
 */
public final class ContextRules {

    public static final Set<String> ACTIONS = Set.of("search", "select", "init", "confirm", "status", "track", "cancel",
            "update", "rating", "issue", "issue_status");
    private static final Set<String> IGM_ACTIONS = Set.of("issue", "issue_status");
    private static final Set<String> RETAIL_VERSIONS = Set.of("1.2.0", "1.2.5");
    private static final Set<String> IGM_VERSIONS = Set.of("1.0.0");
    private static final Pattern DOMAIN = Pattern.compile("ONDC:RET1[0-9A-D]");
    private static final Pattern CITY = Pattern.compile("std:\\d{3,5}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    private static final String[] REQUIRED = {"domain", "action", "core_version", "bap_id", "bap_uri", "transaction_id",
            "message_id", "city", "country", "timestamp"};

    private final String bppId;
    private final String bppUri;
    private final Duration clockSkew;
    private final Duration defaultTtl;

    public ContextRules(String bppId, String bppUri, Duration clockSkew, Duration defaultTtl) {
        this.bppId = bppId;
        this.bppUri = bppUri;
        this.clockSkew = clockSkew;
        this.defaultTtl = defaultTtl;
    }

    public Optional<BecknError> check(String action, JsonNode request, Instant now) {
        JsonNode context = request.path("context");
        if (!context.isObject()) {
            return invalid("context", "context is required");
        }
        if (!request.path("message").isObject()) {
            return Optional.of(BecknError.invalidJson("message is required and must be an object"));
        }
        for (String field : REQUIRED) {
            if (!context.path(field).isTextual() || context.path(field).asText().isBlank()) {
                return invalid("context." + field, field + " is required");
            }
        }
        if (!action.equals(context.get("action").asText())) {
            return invalid("context.action", "context.action must be " + action + " at /" + action);
        }
        Set<String> versions = IGM_ACTIONS.contains(action) ? IGM_VERSIONS : RETAIL_VERSIONS;
        if (!versions.contains(context.get("core_version").asText())) {
            return invalid("context.core_version", "core_version must be one of " + versions);
        }
        if (!DOMAIN.matcher(context.get("domain").asText()).matches()) {
            return invalid("context.domain", "domain must be a retail domain, ONDC:RET10 to ONDC:RET1D");
        }
        if (!"IND".equals(context.get("country").asText())) {
            return invalid("context.country", "country must be IND");
        }
        String city = context.get("city").asText();
        if (!CITY.matcher(city).matches() && !("search".equals(action) && "*".equals(city))) {
            return invalid("context.city", "city must be std:<STD code>" + ("search".equals(action) ? " or *" : ""));
        }
        if (!"search".equals(action)) {
            if (!bppId.equals(context.path("bpp_id").asText())) {
                return invalid("context.bpp_id", "bpp_id must be " + bppId);
            }
            if (!bppUri.equals(context.path("bpp_uri").asText())) {
                return invalid("context.bpp_uri", "bpp_uri must be " + bppUri);
            }
        }
        if (context.get("transaction_id").asText().equals(context.get("message_id").asText())) {
            return invalid("context.message_id", "message_id and transaction_id must differ");
        }
        Duration ttl = defaultTtl;
        if (context.has("ttl")) {
            try {
                ttl = Duration.parse(context.get("ttl").asText());
            } catch (DateTimeParseException e) {
                return invalid("context.ttl", "ttl must be an ISO 8601 duration such as PT30S");
            }
            if (ttl.isNegative() || ttl.isZero()) {
                return invalid("context.ttl", "ttl must be positive");
            }
        }
        String timestamp = context.get("timestamp").asText();
        if (!TIMESTAMP.matcher(timestamp).matches()) {
            return invalid("context.timestamp", "timestamp must be RFC 3339 UTC with milliseconds, YYYY-MM-DDTHH:MM:SS.sssZ");
        }
        Instant sent;
        try {
            sent = Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return invalid("context.timestamp", "timestamp is not a valid date and time");
        }
        if (sent.isAfter(now.plus(clockSkew))) {
            return Optional.of(BecknError.stale("context.timestamp is in the future"));
        }
        if (sent.plus(ttl).plus(clockSkew).isBefore(now)) {
            return Optional.of(BecknError.stale("the request is older than its ttl " + ttl));
        }
        if ("search".equals(action)) {
            return CatalogIncrement.problem(request.path("message"), sent).map(problem -> new BecknError(
                    BecknError.JSON_SCHEMA_ERROR, "30000", "message.intent.tags.catalog_inc", problem));
        }
        return Optional.empty();
    }

    private static Optional<BecknError> invalid(String path, String message) {
        return Optional.of(BecknError.invalidContext(path, message));
    }
}
