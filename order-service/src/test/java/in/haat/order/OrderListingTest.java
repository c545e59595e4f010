package in.haat.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import in.haat.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A seller's orders come back newest first, filtered by state and time, in pages of its own rows only. */
@QuarkusTest
class OrderListingTest {

    @Inject
    Pool database;

    private RequestSpecification as(UUID seller) {
        return given().header("Authorization", TestTokens.seller(seller).scopes("orders:read").bearer());
    }

    @Test
    void aSellerWithoutOrdersHasAnEmptyList() {
        UUID seller = UUID.randomUUID();
        as(seller).get("/api/sellers/" + seller + "/orders").then()
                .statusCode(200)
                .body("items", empty())
                .body("next_cursor", nullValue());
    }

    @Test
    void ordersArePagedNewestFirstAndFiltered() {
        UUID seller = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID first = insert(seller, "Created", "2026-11-01T10:00:00Z", "100.50");
        UUID second = insert(seller, "Completed", "2026-11-02T10:00:00Z", "20.00");
        UUID third = insert(seller, "Created", "2026-11-03T10:00:00Z", "7.25");
        insert(other, "Created", "2026-11-02T12:00:00Z", "1.00");
        String path = "/api/sellers/" + seller + "/orders";

        String cursor = as(seller).queryParam("limit", 2).get(path).then()
                .statusCode(200)
                .body("items.id", contains(third.toString(), second.toString()))
                .body("items[0].total", equalTo("7.25"))
                .body("items[0].state", equalTo("Created"))
                .body("next_cursor", notNullValue())
                .extract().path("next_cursor");
        as(seller).queryParam("limit", 2).queryParam("cursor", cursor).get(path).then()
                .statusCode(200)
                .body("items.id", contains(first.toString()))
                .body("items[0].total", equalTo("100.50"))
                .body("next_cursor", nullValue());

        as(seller).queryParam("state", "Created").get(path).then()
                .body("items.id", contains(third.toString(), first.toString()));
        as(seller).queryParam("from", "2026-11-02T00:00:00Z").queryParam("to", "2026-11-03T10:00:00Z").get(path).then()
                .body("items.id", contains(second.toString()));
    }

    @Test
    void aBadFilterIs400NamingIt() {
        UUID seller = UUID.randomUUID();
        String path = "/api/sellers/" + seller + "/orders";
        as(seller).queryParam("from", "yesterday").get(path).then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"))
                .body("error.details[0].field", equalTo("from"));
        as(seller).queryParam("from", "2026-11-03T00:00:00Z").queryParam("to", "2026-11-02T00:00:00Z").get(path).then()
                .statusCode(400)
                .body("error.details[0].field", equalTo("from"));
        as(seller).queryParam("limit", "-1").get(path).then()
                .statusCode(400)
                .body("error.details[0].field", equalTo("limit"));
    }

    private UUID insert(UUID seller, String state, String createdAt, String total) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse(createdAt);
        database.preparedQuery("insert into seller_order (id, seller_id, storefront_id, ondc_transaction_id, state, total, "
                        + "created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $7)")
                .execute(Tuple.tuple().addUUID(id).addUUID(seller).addUUID(UUID.randomUUID())
                        .addString("txn-" + id).addString(state).addBigDecimal(new BigDecimal(total)).addOffsetDateTime(at))
                .await().indefinitely();
        return id;
    }
}
