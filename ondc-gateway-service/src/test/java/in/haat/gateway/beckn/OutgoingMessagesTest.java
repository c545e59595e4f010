package in.haat.gateway.beckn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test of the module (junit-platform.properties orders classes): no callback any flow test
 * queued broke ONDC's rules (the guard logs each one it finds, with its transaction, at WARN). Then shows the guard
 * counts a broken callback.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class OutgoingMessagesTest {

    @Inject
    OutgoingCheck outgoing;

    @Inject
    MeterRegistry registry;

    @Test
    void noCallbackSentInTheseTestsBrokeOndcsRules() throws Exception {
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> outgoing.pending() == 0);
        String broken = registry.find("haat.ondc.outgoing.invalid").counters().stream()
                .filter(c -> c.count() > 0)
                .map(c -> c.getId().getTag("action") + " " + c.getId().getTag("path") + " x" + (long) c.count())
                .collect(Collectors.joining(", "));
        assertEquals("", broken, "outgoing callbacks the validator refused (see the WARN lines of OutgoingCheck)");

        var body = new ObjectMapper().readTree("""
                {"context":{"domain":"ONDC:RET10","action":"on_status","core_version":"1.2.0","bap_id":"buyer.test.haat",
                "bap_uri":"https://buyer.test.haat/ondc","bpp_id":"someone.else","bpp_uri":"http://localhost:8080",
                "transaction_id":"T1","message_id":"M1","city":"std:080","country":"IND","timestamp":"2026-12-01T10:00:00.000Z"},
                "message":{}}
                """);
        assertFalse(outgoing.check(body).ok());
        Counter counter = registry.find("haat.ondc.outgoing.invalid").tag("action", "on_status").tag("path", "context.bpp_id").counter();
        assertEquals(1.0, counter.count());
    }
}
