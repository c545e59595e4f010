package in.haat.gateway.beckn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The ACK written once is byte for byte what Jackson writes for it; every other answer still goes through Jackson. */
class BecknAnswerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theAckBytesAreWhatJacksonWrites() throws Exception {
        byte[] written = (byte[]) BecknAnswer.ack().entity();
        assertArrayEquals(json.writeValueAsBytes(BecknAnswer.ack()), written);
        assertEquals("ACK", json.readTree(written).at("/message/ack/status").asText());
    }

    @Test
    void eachResponseGetsItsOwnCopy() {
        byte[] first = (byte[]) BecknAnswer.ack().entity();
        first[0] = 'x';
        assertEquals('{', ((byte[]) BecknAnswer.ack().entity())[0]);
    }

    @Test
    void aNackIsWrittenByJackson() {
        BecknAnswer nack = BecknAnswer.nack(BecknError.internal());
        assertSame(nack, nack.entity());
    }
}
