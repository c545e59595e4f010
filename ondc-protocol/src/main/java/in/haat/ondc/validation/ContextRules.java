package in.haat.ondc.validation;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.OndcDuration;
import in.haat.ondc.OndcTime;
import in.haat.ondc.RetailDomain;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The context rules ONDC enforces (RESEARCH.md 1.1-1.2, RET10-1.2.0-validations.yaml CONTEXT_*): the fields the
 * version requires, the action of the path, a version we speak, a retail domain, IND and a std: city code, our
 * bpp_id and bpp_uri, distinct ids, an RFC 3339 millisecond timestamp and an ISO 8601
 * ttl, and staleness (30022). IGM 2.0.0 requires no city or country and may carry them in {@code context.location};
 * RSF 2.0 carries them there, in domain ONDC:NTS10 with {@code version} 2.0.0.
 */
public final class ContextRules {

    /** The requests a buyer app sends a seller app. */
    public static final Set<String> REQUESTS = Set.of("search", "select", "init", "confirm", "status", "track", "cancel",
            "update", "rating", "issue", "issue_status", "recon");
    /** Every message a network participant posts to us: the requests, and the settlement agency's RSF answers. */
    public static final Set<String> RECEIVED = java.util.stream.Stream.concat(REQUESTS.stream(), OndcSpec.RSF_ANSWERS.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** RSF 2.0's domain. */
    public static final String RSF_DOMAIN = "ONDC:NTS10";
    private static final Pattern CITY = Pattern.compile("std:\\d{3,5}");
    private static final List<String> RETAIL_REQUIRED = List.of("domain", "action", "core_version", "bap_id", "bap_uri",
            "transaction_id", "message_id", "city", "country", "timestamp");
    private static final List<String> IGM_REQUIRED = List.of("domain", "action", "bap_id", "bap_uri", "transaction_id",
            "message_id", "timestamp");
    private static final List<String> RSF_REQUIRED = List.of("domain", "action", "version", "bap_id", "bap_uri", "bpp_id", "bpp_uri",
            "transaction_id", "message_id", "timestamp");
    /** ONDC's outer limit of a request's ttl (Context.ttl); a longer one is let through with a warning, up to a day. */
    private static final Duration USUAL_TTL = Duration.ofSeconds(30);
    private static final Duration LONGEST_TTL = Duration.ofDays(1);

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

    /** The rules for a request a buyer app sent to {@code /action}, received at {@code now}. */
    public ValidationResult inbound(String action, JsonNode request, Instant now) {
        Findings f = new Findings();
        JsonNode context = request.path("context");
        if (!basics(f, action, request, context, true)) {
            return f.result();
        }
        // The settlement agency's /on_settle and /on_report answer our /settle and /report: we are their bap.
        if (!"search".equals(action) && !ours(f, context, OndcSpec.RSF_ANSWERS.contains(action) ? "bap" : "bpp")) {
            return f.result();
        }
        Duration ttl = defaultTtl;
        if (context.hasNonNull("ttl")) {
            Optional<Duration> parsed = OndcDuration.parse(context.get("ttl").asText(), LONGEST_TTL);
            if (parsed.isEmpty() || parsed.get().isZero()) {
                return f.error("context.ttl", "ttl must be an ISO 8601 duration such as PT30S, above zero and at most P1D");
            }
            ttl = parsed.get();
            if (ttl.compareTo(USUAL_TTL) > 0) {
                f.warn("context.ttl", "ttl " + context.get("ttl").asText() + " is over ONDC's outer limit PT30S");
            }
        }
        Instant sent = OndcTime.parse(context.get("timestamp").asText()).orElseThrow();
        if (sent.isAfter(now.plus(clockSkew))) {
            f.errors.add(Problem.stale("context.timestamp is in the future"));
        } else if (sent.plus(ttl).plus(clockSkew).isBefore(now)) {
            f.errors.add(Problem.stale("the request is older than its ttl " + OndcDuration.format(ttl)));
        }
        return f.result();
    }

    /** The rules for a callback we are about to send: our ids, a real callback action, the formats ONDC checks. */
    public ValidationResult outgoing(JsonNode callback) {
        Findings f = new Findings();
        JsonNode context = callback.path("context");
        String action = context.path("action").asText("");
        if (!action.startsWith("on_") || !REQUESTS.contains(action.substring(3))) {
            return f.error("context.action", "a callback's action is on_ and a request's action, not " + action);
        }
        if (!basics(f, action, callback, context, false) || !ours(f, context, "bpp")) {
            return f.result();
        }
        if ("*".equals(context.path("city").asText())) {
            f.error("context.city", "a callback names the city, never *");
        }
        if (context.hasNonNull("ttl") && OndcDuration.parse(context.get("ttl").asText(), LONGEST_TTL).isEmpty()) {
            f.error("context.ttl", "ttl must be an ISO 8601 duration such as PT30S, at most P1D");
        }
        return f.result();
    }

    /** The rules requests and callbacks share; false if one failed that makes further checks meaningless. */
    private boolean basics(Findings f, String action, JsonNode body, JsonNode context, boolean request) {
        if (!context.isObject()) {
            return f.fail("context", "context is required");
        }
        if (!body.path("message").isObject()) {
            f.errors.add(Problem.schema("message", "message is required and must be an object"));
            return false;
        }
        boolean igm = OndcSpec.IGM_ACTIONS.contains(action);
        boolean rsf = OndcSpec.RSF_ACTIONS.contains(action);
        for (String field : rsf ? RSF_REQUIRED : igm ? IGM_REQUIRED : RETAIL_REQUIRED) {
            if (!context.path(field).isTextual() || context.path(field).asText().isBlank()) {
                return f.fail("context." + field, field + " is required");
            }
        }
        if (request && "issue_status".equals(action) && "issue".equals(context.get("action").asText())
                && "1.0.0".equals(context.path("core_version").asText())) {
            // ONDC's own IGM 1.0.0 issue_status example, and buyer apps built from it, say "issue" here.
            f.warn("context.action", "context.action is issue at /issue_status, as in ONDC's IGM 1.0.0 example");
        } else if (!action.equals(context.get("action").asText())) {
            return f.fail("context.action", "context.action must be " + action + (request ? " at /" + action : ""));
        }
        Optional<OndcSpec> spec = OndcSpec.of(action, context);
        if (spec.isEmpty()) {
            return rsf ? f.fail("context.version", "version must be 2.0.0 (RSF 2.0)")
                    : f.fail("context.core_version", "core_version must be one of " + (igm ? "1.0.0, 2.0.0" : "1.2.0, 1.2.5"));
        }
        if (spec.get() == OndcSpec.IGM_1_0_0) {
            for (String field : List.of("city", "country")) {
                if (!context.path(field).isTextual() || context.path(field).asText().isBlank()) {
                    return f.fail("context." + field, field + " is required");
                }
            }
        }
        String domain = context.get("domain").asText();
        if (rsf) {
            if (!RSF_DOMAIN.equals(domain)) {
                return f.fail("context.domain", "domain must be " + RSF_DOMAIN + " (RSF)");
            }
        } else if (RetailDomain.ofCode(domain.toUpperCase(Locale.ROOT)).isEmpty()) {
            return f.fail("context.domain", "domain must be a retail domain, ONDC:RET10 to ONDC:RET1D");
        } else if (RetailDomain.ofCode(domain).isEmpty()) {
            f.warn("context.domain", "domain " + domain + " differs in case from ONDC's code");
        }
        boolean located = spec.get() == OndcSpec.IGM_2_0_0 || rsf;
        String country = located ? text(context, "country", "location", "country", "code") : context.get("country").asText();
        if (country != null && !"IND".equalsIgnoreCase(country)) {
            return f.fail("context.country", "country must be IND");
        }
        String city = located ? text(context, "city", "location", "city", "code") : context.get("city").asText();
        // RSF settles across cities: its messages may name any city, * included.
        boolean anyCity = (request && "search".equals(action) || rsf) && "*".equals(city);
        if (city != null && !anyCity && !CITY.matcher(city).matches()) {
            if (located) {
                f.warn("context.city", "city " + city + " is not std:<STD code>");
            } else {
                return f.fail("context.city", "city must be std:<STD code>" + ("search".equals(action) ? " or *" : ""));
            }
        }
        if (!context.get("bap_uri").asText().contains(context.get("bap_id").asText())) {
            // ONDC's log validator reports it; where callbacks may go is the gateway's registry-based guard's call.
            f.warn("context.bap_uri", "bap_uri does not contain the bap_id");
        }
        if (context.get("transaction_id").asText().equals(context.get("message_id").asText())) {
            return f.fail("context.message_id", "message_id and transaction_id must differ");
        }
        String timestamp = context.get("timestamp").asText();
        if (!OndcTime.hasForm(timestamp)) {
            return f.fail("context.timestamp", "timestamp must be RFC 3339 UTC with milliseconds, YYYY-MM-DDTHH:MM:SS.sssZ");
        }
        if (OndcTime.parse(timestamp).isEmpty()) {
            return f.fail("context.timestamp", "timestamp is not a valid date and time");
        }
        return true;
    }

    /** {@code role}_id and {@code role}_uri (bpp, or bap for an answer to our RSF request) name us (a trailing slash on the uri aside). */
    private boolean ours(Findings f, JsonNode context, String role) {
        if (!bppId.equals(context.path(role + "_id").asText())) {
            return f.fail("context." + role + "_id", role + "_id must be " + bppId);
        }
        if (!trimmed(bppUri).equals(trimmed(context.path(role + "_uri").asText()))) {
            return f.fail("context." + role + "_uri", role + "_uri must be " + bppUri);
        }
        return true;
    }

    private static String trimmed(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    /** context.{flat}, else context.{path...}; null if neither is text. */
    private static String text(JsonNode context, String flat, String... path) {
        if (context.path(flat).isTextual()) {
            return context.get(flat).asText();
        }
        JsonNode node = context;
        for (String step : path) {
            node = node.path(step);
        }
        return node.isTextual() ? node.asText() : null;
    }

    /** Errors and warnings as they are found. */
    private static final class Findings {
        final List<Problem> errors = new ArrayList<>();
        final List<Problem> warnings = new ArrayList<>();

        boolean fail(String path, String message) {
            errors.add(Problem.context(path, message));
            return false;
        }

        ValidationResult error(String path, String message) {
            fail(path, message);
            return result();
        }

        void warn(String path, String message) {
            warnings.add(Problem.warning(Problem.CONTEXT_ERROR, path, message));
        }

        ValidationResult result() {
            return new ValidationResult(errors, warnings);
        }
    }
}
