package in.haat.edge;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The application's JSON reader refuses NUL in strings and keys, from bytes, streams, strings and readers alike. */
class NulFreeJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    NulFreeJsonTest() {
        new NulFreeJson().customize(mapper);
    }

    @Test
    void aNulEscapeAnywhereIsRefusedWhateverTheInput() {
        for (String json : List.of("{\"a\":\"x\\u0000y\"}", "{\"a\\u0000\":1}", "[\"\\u0000\"]", "{\"a\":[{\"b\":\"\\U0000\"}]}".replace("U", "u"),
                "\"\\u0000\"")) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertThrows(NulCharacterException.class, () -> mapper.readTree(bytes), json);
            assertThrows(NulCharacterException.class, () -> mapper.readTree(new ByteArrayInputStream(bytes)), json);
            assertThrows(NulCharacterException.class, () -> mapper.readTree(json), json);
            assertThrows(NulCharacterException.class, () -> mapper.readTree(new StringReader(json)), json);
            assertThrows(NulCharacterException.class, () -> mapper.readValue(json, Object.class), json);
        }
    }

    @Test
    void lookalikesAreOrdinaryText() throws Exception {
        assertEquals("\\u0000", mapper.readTree("{\"a\":\"\\\\u0000\"}").get("a").asText());
        assertEquals("\u0001", mapper.readTree("{\"a\":\"\\u0001\"}").get("a").asText());
        assertEquals("u0000", mapper.readTree("{\"a\":\"u0000\"}").get("a").asText());
        assertEquals("\"\u1000", mapper.readTree("{\"a\":\"\\\"\\u1000\"}").get("a").asText());
        JsonNode tree = mapper.readTree("{\"\\\\\":\"\\\\\",\"b\":\"\\u0030000\"}");
        assertEquals("0000", tree.get("b").asText());
        assertDoesNotThrow(() -> mapper.readValue("{\"x\":0,\"y\":\"0000\"}", Map.class));
    }
}
