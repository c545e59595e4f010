package in.haat.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** The seller's side of an order: order-service's REST API with a bearer token (orders:read, orders:write). */
public final class SellerApi {

    /** The answer to a seller action: HTTP status, body, and how long it took. */
    public record Answer(int status, JsonNode body, double millis) {
    }

    private final String orderUrl;
    private final String bearer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code bearer} is the whole Authorization value, "Bearer ...". */
    public SellerApi(String orderUrl, String bearer) {
        this.orderUrl = orderUrl.replaceAll("/+$", "");
        this.bearer = bearer;
    }

    /** GET /api/orders/{id}: the order, or empty while order-service does not know it. */
    public Optional<JsonNode> order(String orderId) throws IOException, InterruptedException {
        Answer answer = call(HttpRequest.newBuilder(URI.create(orderUrl + "/api/orders/" + orderId)).GET());
        return answer.status() == 200 ? Optional.of(answer.body()) : Optional.empty();
    }

    /** GET /api/orders with a query string (storefront_id=...&limit=...). */
    public Answer list(String query) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(URI.create(orderUrl + "/api/orders?" + query)).GET());
    }

    /** POST /api/orders/{id}/{action} (accept, pack, ready-to-ship, ship, out-for-delivery, deliver, reject). */
    public Answer act(String orderId, String action) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(URI.create(orderUrl + "/api/orders/" + orderId + "/" + action))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    /** POST /api/orders/{id}/{action} with a JSON body (reject or rto with a reason, part-cancel with its units). */
    public Answer act(String orderId, String action, JsonNode body) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(URI.create(orderUrl + "/api/orders/" + orderId + "/" + action))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** GET /api/orders/{id}/settlement: what the order settles at, and its settlement state. */
    public Answer settlement(String orderId) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(URI.create(orderUrl + "/api/orders/" + orderId + "/settlement")).GET());
    }

    /** GET /api/issues/{id}: a buyer's IGM issue with its history. */
    public Answer issue(String issueId) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(URI.create(orderUrl + "/api/issues/" + issueId)).GET());
    }

    /** GET /api/issues with a query string (order_id=...&overdue=true). */
    public Answer issues(String query) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(URI.create(orderUrl + "/api/issues?" + query)).GET());
    }

    /** POST /api/issues/{id}/respond with {@code body} ({"action": ..., "resolution": ...}). */
    public Answer respond(String issueId, JsonNode body) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(URI.create(orderUrl + "/api/issues/" + issueId + "/respond"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private Answer call(HttpRequest.Builder request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.header("Authorization", bearer).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        JsonNode body;
        try {
            body = response.body().isBlank() ? BuyerApp.JSON.missingNode() : BuyerApp.JSON.readTree(response.body());
        } catch (IOException e) {
            body = BuyerApp.JSON.createObjectNode().put("unreadable", response.body());
        }
        return new Answer(response.statusCode(), body, millis);
    }
}
