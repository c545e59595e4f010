package in.haat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The running suite a benchmark measures (./haat up): its URLs, and a partner with a token to call it with. */
public final class Suite {

    public static final ObjectMapper JSON = new ObjectMapper();
    /**
     * HTTP/1.1, as buyer apps and sellers' systems call us: the JDK client's default, HTTP/2 over cleartext, put every
     * concurrent request of a benchmark on one connection, which the server reads on one event-loop thread (the stock
     * benchmark's profile, 2026-12-03), so the benches measured that thread, not the service.
     */
    public static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * How long a benchmark waits for any one answer: a suite stopped or hung under a benchmark then fails it instead of
     * leaving it (and the load it holds on the machine) waiting forever.
     */
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    public final String authUrl = env("HAAT_AUTH_URL", "http://localhost:" + env("HAAT_AUTH_PORT", "8081"));
    public final String catalogueUrl = env("HAAT_CATALOGUE_URL", "http://localhost:" + env("HAAT_CATALOGUE_PORT", "8082"));
    public final String inventoryUrl = env("HAAT_INVENTORY_URL", "http://localhost:" + env("HAAT_INVENTORY_PORT", "8083"));
    public final String orderUrl = env("HAAT_ORDER_URL", "http://localhost:" + env("HAAT_ORDER_PORT", "8084"));
    public final String gatewayUrl = env("HAAT_GATEWAY_URL", "http://localhost:" + env("HAAT_GATEWAY_PORT", "8080"));
    /** Our bpp_uri as requests must name it: the first gateway's URL, also when a bench drives a second replica. */
    public final String bppUri = env("HAAT_BPP_URI", gatewayUrl);

    /** Registers a partner with every scope through the admin API and answers its bearer token. */
    public String partnerToken(String partnerId) throws IOException, InterruptedException {
        String admin = Files.readString(Path.of(env("HAAT_ROOT", "."), ".haat/admin-token")).trim();
        JsonNode client = send(HttpRequest.newBuilder(URI.create(authUrl + "/admin/clients"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(body(Map.of("kind", "partner", "name", "Bench " + partnerId, "partner_id", partnerId,
                        "scopes", List.of("sellers:read", "sellers:write", "catalogue:read", "catalogue:write",
                                "inventory:read", "inventory:write", "orders:read", "orders:write")))), 201);
        String basic = Base64.getEncoder().encodeToString((client.get("client_id").asText() + ":"
                + client.get("client_secret").asText()).getBytes(StandardCharsets.UTF_8));
        JsonNode token = send(HttpRequest.newBuilder(URI.create(authUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), 200);
        return "Bearer " + token.get("access_token").asText();
    }

    /** A bearer token of an existing client (the demo partner of .haat/demo.json, say). */
    public String partnerTokenOf(String clientId, String clientSecret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        JsonNode token = send(HttpRequest.newBuilder(URI.create(authUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), 200);
        return "Bearer " + token.get("access_token").asText();
    }

    public static String newPartnerId() {
        return "bench-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static HttpRequest.BodyPublisher body(Object value) throws IOException {
        return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(value));
    }

    /** Sends and answers the JSON body; fails unless the status is {@code expected}. */
    public static JsonNode send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.timeout(ANSWER_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** A connection to one of the suite's databases ({@code haat_gateway}, {@code haat_order}, ...), as ./haat names them. */
    public static Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + env("HAAT_DB_HOST", "127.0.0.1") + ":" + env("HAAT_DB_PORT", "5432") + "/"
                + name + env("HAAT_DB_SUFFIX", ""), env("HAAT_DB_USER", "postgres"), env("HAAT_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
