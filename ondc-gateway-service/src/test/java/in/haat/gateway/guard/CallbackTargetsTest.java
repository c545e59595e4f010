package in.haat.gateway.guard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.gateway.config.EdgeConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where callbacks may go in production (local addresses refused) and in local runs. */
class CallbackTargetsTest {

    private static CallbackTargets targets(boolean allowLocal) {
        EdgeConfig config = new EdgeConfig() {
            public boolean allowLocalCallbacks() {
                return allowLocal;
            }

            public Optional<List<String>> subscriberUrls() {
                return Optional.of(List.of("buyer.example.com|https://api.buyer.example.com/ondc",
                        "lab.example.com|https://10.1.2.3/ondc"));
            }

            public int maxIdLength() {
                return 255;
            }

            public Duration maxTtl() {
                return Duration.ofDays(1);
            }
        };
        SubscriberUrls urls = new SubscriberUrls(config);
        urls.learn("registry.example.in", "https://bap.registry.example.in:8443/beckn");
        return new CallbackTargets(urls, config);
    }

    @Test
    void productionTakesOnlyTheRegisteredHostSchemeAndPort() {
        CallbackTargets production = targets(false);
        for (String ok : List.of("https://api.buyer.example.com/ondc", "https://API.buyer.example.com./other/path",
                "https://eu.api.buyer.example.com/ondc", "https://bap.registry.example.in:8443/beckn")) {
            assertTrue(production.problem(ok.contains("registry") ? "registry.example.in" : "buyer.example.com", ok).isEmpty(), ok);
        }
        for (String bad : List.of("http://api.buyer.example.com/ondc", "https://api.buyer.example.com:8443/ondc",
                "https://buyer.example.com/ondc", "https://api.buyer.example.com@127.0.0.1/ondc",
                "https://api.buyer.example.com.evil.in/ondc", "https://evilapi.buyer.example.com.in/",
                "ftp://api.buyer.example.com/", "javascript:alert(1)", "file:///etc/passwd",
                "https://api.buyer.example.com/ondc#x", "https://[::1]/ondc", "not a uri")) {
            assertFalse(production.problem("buyer.example.com", bad).isEmpty(), bad);
        }
        assertFalse(production.problem("registry.example.in", "https://bap.registry.example.in/beckn").isEmpty(), "port");
        // A registered URL on a private address is still refused in production.
        assertFalse(production.problem("lab.example.com", "https://10.1.2.3/ondc").isEmpty());
        // Without a registered URL the subscriber id is the host, on the default port.
        assertTrue(production.problem("shop.example.org", "https://shop.example.org/bap").isEmpty());
        assertFalse(production.problem("shop.example.org", "https://shop.example.org:9000/bap").isEmpty());
        assertFalse(production.problem("localhost", "http://localhost/bap").isEmpty());
        assertFalse(production.problem("127.0.0.1", "http://127.0.0.1/bap").isEmpty());
    }

    @Test
    void localRunsMayCallBackToLoopbackOnAnyPortButStillOnlyTheRegisteredHost() {
        CallbackTargets local = targets(true);
        assertTrue(local.problem("localhost", "http://localhost:19732/ondc").isEmpty());
        assertFalse(local.problem("localhost", "http://localhost@127.0.0.1:19732/x").isEmpty());
        assertFalse(local.problem("localhost", "http://127.0.0.1:19732/x").isEmpty());
        assertFalse(local.problem("localhost", "ftp://localhost/x").isEmpty());
    }

    @Test
    void internalAddressesInAnySpellingAreInternal() {
        for (String host : List.of("localhost", "a.localhost", "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "2130706433", "0x7f000001", "0177.0.0.1", "127.1",
                "[::1]", "[fe80::1]", "[fc00::1]", "[::ffff:127.0.0.1]", "metadata.google.internal", "224.0.0.1")) {
            assertTrue(CallbackTargets.isInternal(host), host);
        }
        for (String host : List.of("buyer.example.com", "8.8.8.8", "[2001:db8::1]", "cafe.example.in")) {
            assertFalse(CallbackTargets.isInternal(host), host);
        }
    }
}
