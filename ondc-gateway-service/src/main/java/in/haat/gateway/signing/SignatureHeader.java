package in.haat.gateway.signing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Authorization} (or {@code X-Gateway-Authorization}) header of a beckn request:
 * {@code Signature keyId="sub|ukid|ed25519",algorithm="ed25519",created="C",expires="E",headers="(created) (expires) digest",signature="S"}.
 */
public record SignatureHeader(String subscriberId, String uniqueKeyId, String algorithm, long created, long expires,
        String headers, String signature) {

    public static final String HEADERS = "(created) (expires) digest";
    private static final Pattern PARAM = Pattern.compile("\\s*([a-zA-Z]+)=\"([^\"]*)\"\\s*(,|$)");

    public String format() {
        return "Signature keyId=\"" + subscriberId + "|" + uniqueKeyId + "|" + algorithm + "\",algorithm=\"" + algorithm
                + "\",created=\"" + created + "\",expires=\"" + expires + "\",headers=\"" + headers
                + "\",signature=\"" + signature + "\"";
    }

    /** Parses the header, or answers why it cannot be read. */
    public static Parsed parse(String header) {
        if (header == null || header.isBlank()) {
            return Parsed.failure("the signature header is missing");
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, "Signature ", 0, 10)) {
            return Parsed.failure("the header is not a Signature");
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher matcher = PARAM.matcher(value.substring(10));
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            if (params.put(matcher.group(1), matcher.group(2)) != null) {
                return Parsed.failure("parameter " + matcher.group(1) + " repeats");
            }
            end = matcher.end();
        }
        if (end != value.length() - 10) {
            return Parsed.failure("the Signature parameters are malformed");
        }
        for (String required : new String[] {"keyId", "algorithm", "created", "expires", "headers", "signature"}) {
            if (!params.containsKey(required)) {
                return Parsed.failure("parameter " + required + " is missing");
            }
        }
        String[] keyId = params.get("keyId").split("\\|", -1);
        if (keyId.length != 3 || keyId[0].isBlank() || keyId[1].isBlank()) {
            return Parsed.failure("keyId must be subscriber_id|unique_key_id|algorithm");
        }
        if (!"ed25519".equals(keyId[2]) || !"ed25519".equals(params.get("algorithm"))) {
            return Parsed.failure("the algorithm must be ed25519 in keyId and algorithm");
        }
        if (!HEADERS.equals(params.get("headers"))) {
            return Parsed.failure("headers must be \"" + HEADERS + "\"");
        }
        long created;
        long expires;
        try {
            created = Long.parseLong(params.get("created"));
            expires = Long.parseLong(params.get("expires"));
        } catch (NumberFormatException e) {
            return Parsed.failure("created and expires must be Unix seconds");
        }
        return new Parsed(Optional.of(new SignatureHeader(keyId[0], keyId[1], keyId[2], created, expires,
                params.get("headers"), params.get("signature"))), null);
    }

    /** A parsed header, or the reason there is none. */
    public record Parsed(Optional<SignatureHeader> header, String problem) {
        static Parsed failure(String problem) {
            return new Parsed(Optional.empty(), problem);
        }
    }
}
