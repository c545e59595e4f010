package in.haat.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two Ingresses fit the services: the ONDC host routes exactly the gateway's beckn actions and the registry's
 * calls, is the gateway's bpp_uri and takes bodies a little over its limit; the seller API host is auth-service's
 * issuer, routes its token endpoints but not /admin, and takes catalogue-service's largest body and waits for its
 * longest call without catalogue-service cutting it first. One issuer
 * everywhere: every service expects the issuer auth-service puts in its tokens.
 */
class IngressAndIssuerTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theOndcIngressRoutesTheBecknActionsOfTheGateway(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        JsonNode ingress = Manifests.named(objects, "Ingress", "ondc-gateway");
        String host = ingress.at("/spec/rules/0/host").asText();
        assertEquals(host, ingress.at("/spec/tls/0/hosts/0").asText(), "TLS for the host");
        assertFalse(ingress.at("/spec/tls/0/secretName").asText().isEmpty());

        var gateway = Manifests.environment(objects, Manifests.named(objects, "Deployment", "ondc-gateway-service"));
        assertEquals("https://" + host, gateway.get("HAAT_ONDC_BPP_URI"), "the registered subscriber URL is the Ingress host");
        assertEquals(host, gateway.get("HAAT_ONDC_BPP_ID"));
        var order = Manifests.environment(objects, Manifests.named(objects, "Deployment", "order-service"));
        assertEquals(host, order.get("HAAT_ONDC_BPP_ID"), "order-service names the gateway's bpp_id in a seller's /on_cancel");

        Set<String> routed = new TreeSet<>();
        for (JsonNode path : ingress.at("/spec/rules/0/http/paths")) {
            assertEquals("Exact", path.path("pathType").asText());
            assertEquals("ondc-gateway-service", path.at("/backend/service/name").asText());
            routed.add(path.path("path").asText());
        }
        Set<String> served = new TreeSet<>();
        Matcher actions = Pattern.compile("@Path\\(\"\\{action: ([a-z_|]+)}").matcher(gatewaySources());
        assertTrue(actions.find(), "the gateway's beckn resource names its actions in @Path");
        for (String action : actions.group(1).split("\\|")) {
            served.add("/" + action);
        }
        served.addAll(List.of("/on_subscribe", "/ondc-site-verification.html"));
        assertEquals(served, routed, "the ONDC Ingress routes exactly the beckn actions and the registry's calls");

        long limit = bytes(gateway.get("HAAT_ONDC_MAX_BODY_SIZE"));
        long proxy = bytes(ingress.at("/metadata/annotations").path("nginx.ingress.kubernetes.io/proxy-body-size").asText());
        assertTrue(proxy >= limit && proxy <= 2 * limit, "the proxy lets through the gateway's limit, and not much more: " + proxy);
        assertTrue(Integer.parseInt(ingress.at("/metadata/annotations").path("nginx.ingress.kubernetes.io/proxy-read-timeout").asText()) <= 30,
                "a beckn call is acknowledged at once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theSellerApiIsTheIssuerAndEveryServiceExpectsIt(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        JsonNode ingress = Manifests.named(objects, "Ingress", "seller-api");
        String host = ingress.at("/spec/rules/0/host").asText();
        assertEquals(host, ingress.at("/spec/tls/0/hosts/0").asText());

        String issuer = "https://" + host;
        for (String service : Manifests.SERVICES) {
            var env = Manifests.environment(objects, Manifests.named(objects, "Deployment", service));
            assertEquals(issuer, env.get("HAAT_AUTH_ISSUER"), service + ": the issuer");
            if (!service.equals("auth-service")) {
                assertEquals("http://auth-service", env.get("HAAT_AUTH_URL"), service + ": auth-service inside the cluster");
                assertEquals("false", env.get("QUARKUS_OIDC_DISCOVERY_ENABLED"), service);
                assertEquals("jwks", env.get("QUARKUS_OIDC_JWKS_PATH"), service + ": auth-service's JWKS path");
            }
        }
        assertTrue(ServiceConfig.read(Manifests.root().resolve("auth-service/src/main/java/in/haat/auth/rest/DiscoveryResource.java"))
                .contains("issuer + \"/jwks\""), "auth-service serves its JWKS at <issuer>/jwks");

        List<String> paths = new ArrayList<>();
        for (JsonNode path : ingress.at("/spec/rules/0/http/paths")) {
            String p = path.path("path").asText();
            paths.add(p + " -> " + path.at("/backend/service/name").asText());
            assertFalse(p.startsWith("/admin") || p.startsWith("/q"), "not public: " + p);
            Manifests.named(objects, "Service", path.at("/backend/service/name").asText());
        }
        for (String expected : List.of("/oauth2/ -> auth-service", "/auth/token$ -> auth-service", "/\\.well-known/ -> auth-service",
                "/jwks$ -> auth-service", "/api/ -> catalogue-service", "/api/sellers/[^/]+/orders -> order-service",
                "/api/sellers/[^/]+/stock -> inventory-service")) {
            assertTrue(paths.contains(expected), expected + " in " + paths);
        }
        String catalogueLimit = Manifests.environment(objects, Manifests.named(objects, "Deployment", "catalogue-service"))
                .get("HAAT_HTTP_MAX_BODY_SIZE");
        long proxy = bytes(ingress.at("/metadata/annotations").path("nginx.ingress.kubernetes.io/proxy-body-size").asText());
        assertEquals(bytes(catalogueLimit), proxy, "the proxy takes catalogue-service's largest body");
        // A bulk call is silent on its connection while it runs: the service must not cut it before the proxy gives up.
        String idle = Manifests.environment(objects, Manifests.named(objects, "Deployment", "catalogue-service"))
                .getOrDefault("HAAT_HTTP_IDLE_TIMEOUT", new ServiceConfig(Manifests.root(), "catalogue-service")
                        .properties.getProperty("haat.http.idle-timeout"));
        int answer = Integer.parseInt(ingress.at("/metadata/annotations").path("nginx.ingress.kubernetes.io/proxy-read-timeout").asText());
        assertTrue(java.time.Duration.parse("PT" + idle.toUpperCase(Locale.ROOT)).toSeconds() > answer,
                "catalogue-service's idle timeout " + idle + " must outlast the " + answer + " s the proxy waits for an answer");
    }

    private static String gatewaySources() {
        try (var files = java.nio.file.Files.walk(Manifests.root().resolve("ondc-gateway-service/src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).map(ServiceConfig::read).collect(java.util.stream.Collectors.joining("\n"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** 1M, 32m, 2m: as nginx and Quarkus read sizes (binary multiples). */
    static long bytes(String size) {
        String s = size.trim().toLowerCase(Locale.ROOT);
        long unit = switch (s.charAt(s.length() - 1)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1;
        };
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }
}
