package in.haat.gateway.guard;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a signed beckn body the one way every other parser would too: UTF-8 only (no byte order mark, no
 * UTF-16), one JSON object and nothing after it, no key twice in an object (a parser that keeps the first
 * would see another bap_id than one that keeps the last), and no NUL or lone surrogate in any string, which
 * PostgreSQL cannot store. Anything else is refused before it is trusted.
 */
public final class StrictBecknJson {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictBecknJson() {
    }

    /** The parsed object, or why the body is refused. */
    public record Parsed(JsonNode json, String problem) {
        static Parsed refused(String problem) {
            return new Parsed(null, problem);
        }
    }

    public static Parsed parse(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            return Parsed.refused("the body must not start with a byte order mark");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return Parsed.refused("the body is not UTF-8");
        }
        JsonNode json;
        try {
            json = STRICT.readTree(text);
        } catch (JacksonException e) {
            return Parsed.refused("the body is not a single valid JSON object: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            return Parsed.refused("the body is not a JSON object");
        }
        String problem = unstorableText(json);
        return problem == null ? new Parsed(json, null) : Parsed.refused(problem);
    }

    /** The first key or string holding a NUL or a lone surrogate, described; or null. */
    private static String unstorableText(JsonNode node) {
        if (node.isTextual()) {
            return unstorable(node.textValue()) ? "a string holds a NUL character or a lone surrogate" : null;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (unstorable(field.getKey())) {
                    return "a key holds a NUL character or a lone surrogate";
                }
                String problem = unstorableText(field.getValue());
                if (problem != null) {
                    return problem;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String problem = unstorableText(element);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    static boolean unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
