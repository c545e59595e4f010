package in.haat.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import in.haat.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A seller's stock levels come back in pages of its own rows only, with available computed. */
@QuarkusTest
class StockListingTest {

    @Inject
    Pool database;

    private RequestSpecification as(UUID seller) {
        return given().header("Authorization", TestTokens.seller(seller).scopes("inventory:read").bearer());
    }

    @Test
    void aSellerWithoutStockHasAnEmptyList() {
        UUID seller = UUID.randomUUID();
        as(seller).get("/api/sellers/" + seller + "/stock").then()
                .statusCode(200)
                .body("items", empty())
                .body("next_cursor", nullValue());
    }

    @Test
    void stockIsPagedInCatalogueItemOrderAndOnlyTheSellersOwn() {
        UUID seller = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID item1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID item2 = UUID.fromString("00000000-0000-0000-0000-000000000002");
        UUID item3 = UUID.fromString("00000000-0000-0000-0000-000000000003");
        insert(seller, item3, 5, 1, 1);
        insert(seller, item1, 10, 2, 3);
        insert(seller, item2, 7, 0, 0);
        insert(other, item1, 99, 0, 0);

        String cursor = as(seller).queryParam("limit", 2).get("/api/sellers/" + seller + "/stock").then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.catalogue_item_id", contains(item1.toString(), item2.toString()))
                .body("items[0].on_hand", equalTo(10))
                .body("items[0].available", equalTo(5))
                .body("next_cursor", notNullValue())
                .extract().path("next_cursor");

        as(seller).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/sellers/" + seller + "/stock").then()
                .statusCode(200)
                .body("items.catalogue_item_id", contains(item3.toString()))
                .body("items[0].available", equalTo(3))
                .body("next_cursor", nullValue());
    }

    @Test
    void aBadLimitOrCursorIs400NamingIt() {
        UUID seller = UUID.randomUUID();
        for (String limit : new String[] {"0", "501", "ten"}) {
            as(seller).queryParam("limit", limit).get("/api/sellers/" + seller + "/stock").then()
                    .statusCode(400)
                    .body("error.code", equalTo("INVALID_REQUEST"))
                    .body("error.details[0].field", equalTo("limit"));
        }
        as(seller).queryParam("cursor", "not-a-cursor").get("/api/sellers/" + seller + "/stock").then()
                .statusCode(400)
                .body("error.details[0].field", equalTo("cursor"));
    }

    private void insert(UUID seller, UUID item, int onHand, int held, int committed) {
        database.preparedQuery("insert into stock_level (id, seller_id, storefront_id, catalogue_item_id, on_hand, held, committed) "
                        + "values ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.from(java.util.List.<Object>of(UUID.randomUUID(), seller, UUID.randomUUID(), item, onHand, held, committed)))
                .await().indefinitely();
    }
}
