package in.haat.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** JAX-RS path templates as AllowedMethods matches them against a request path for a 405's Allow header. */
class AllowedMethodsTest {

    @Test
    void parametersMatchOneSegmentOrTheirOwnRegex() {
        Pattern plain = AllowedMethods.compile("/api/sellers/{id}");
        assertTrue(plain.matcher("/api/sellers/abc").matches());
        assertTrue(plain.matcher("/api/sellers/abc/").matches());
        assertFalse(plain.matcher("/api/sellers/abc/storefronts").matches());
        Pattern action = AllowedMethods.compile("/api/orders/{order_id}/{action: accept|pack|ready-to-ship}");
        assertTrue(action.matcher("/api/orders/o-1/pack").matches());
        assertFalse(action.matcher("/api/orders/o-1/eat").matches());
        assertTrue(AllowedMethods.compile("/api/x/{n: [0-9]{1,3}}").matcher("/api/x/123").matches());
    }
}
