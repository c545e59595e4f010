package in.haat.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import in.haat.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A seller's ONDC messages come back newest first, bodies intact, in pages of its own rows only. */
@QuarkusTest
class OndcMessageListingTest {

    @Inject
    Pool database;

    private RequestSpecification as(UUID seller) {
        return given().header("Authorization", TestTokens.seller(seller).scopes("orders:read").bearer());
    }

    @Test
    void aSellerWithoutMessagesHasAnEmptyList() {
        UUID seller = UUID.randomUUID();
        as(seller).get("/api/sellers/" + seller + "/ondc-messages").then()
                .statusCode(200)
                .body("items", empty())
                .body("next_cursor", nullValue());
    }

    @Test
    void messagesArePagedNewestFirstWithTheirBodies() {
        UUID seller = UUID.randomUUID();
        UUID select = insert(seller, "select", "in", "2026-11-22T10:00:00Z", true);
        UUID onSelect = insert(seller, "on_select", "out", "2026-11-22T10:00:01Z", null);
        insert(UUID.randomUUID(), "select", "in", "2026-11-22T10:00:02Z", true);
        insert(null, "search", "in", "2026-11-22T09:59:00Z", true);
        String path = "/api/sellers/" + seller + "/ondc-messages";

        String cursor = as(seller).queryParam("limit", 1).get(path).then()
                .statusCode(200)
                .body("items.id", contains(onSelect.toString()))
                .body("items[0].action", equalTo("on_select"))
                .body("items[0].direction", equalTo("out"))
                .body("items[0].signature_ok", nullValue())
                .body("items[0].body.context.action", equalTo("on_select"))
                .body("next_cursor", notNullValue())
                .extract().path("next_cursor");
        as(seller).queryParam("limit", 1).queryParam("cursor", cursor).get(path).then()
                .statusCode(200)
                .body("items.id", contains(select.toString()))
                .body("items[0].signature_ok", equalTo(true))
                .body("items[0].body.context.transaction_id", equalTo("txn-1"))
                .body("next_cursor", nullValue());
    }

    private UUID insert(UUID seller, String action, String direction, String receivedAt, Boolean signatureOk) {
        UUID id = UUID.randomUUID();
        JsonObject body = new JsonObject().put("context", new JsonObject()
                .put("action", action).put("transaction_id", "txn-1").put("message_id", "msg-1"));
        database.preparedQuery("insert into ondc_message (id, transaction_id, message_id, action, direction, seller_id, "
                        + "received_at, body, signature_ok) values ($1, 'txn-1', 'msg-1', $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.tuple().addUUID(id).addString(action).addString(direction).addUUID(seller)
                        .addOffsetDateTime(OffsetDateTime.parse(receivedAt)).addJsonObject(body).addBoolean(signatureOk))
                .await().indefinitely();
        return id;
    }
}
