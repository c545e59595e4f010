package in.haat.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import in.haat.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The tenant rule on every storefront endpoint: another tenant's storefront answers 404 exactly like one that
 * does not exist, and changes nothing; the owner's partner and the seller's own token get through; scopes matter.
 */
@QuarkusTest
class TenantIsolationTest extends InventoryTestBase {

    /** Every storefront endpoint, called with one Authorization header. */
    private List<Function<String, ValidatableResponse>> endpoints(Shop shop, UUID item) {
        String holds = shop.base() + "/inventory/holds";
        Map<String, Object> hold = Map.of("reference", "r-" + UUID.randomUUID(),
                "items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 1)));
        return List.of(
                auth -> call(auth).get(shop.base() + "/inventory").then(),
                auth -> call(auth).get(shop.item(item)).then(),
                auth -> call(auth).body(Map.of("quantity", 1)).put(shop.item(item)).then(),
                auth -> call(auth).body(Map.of("quantity", 1)).patch(shop.item(item)).then(),
                auth -> call(auth).body(Map.of("delta", -1, "reason", "theft")).post(shop.item(item) + "/adjustments").then(),
                auth -> call(auth).body(Map.of("items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 1))))
                        .post(shop.base() + "/inventory/batch").then(),
                auth -> call(auth).body(hold).post(holds).then(),
                auth -> call(auth).get(holds + "/order-1").then(),
                auth -> call(auth).post(holds + "/order-1/commit").then(),
                auth -> call(auth).post(holds + "/order-1/release").then());
    }

    private static io.restassured.specification.RequestSpecification call(String authorization) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON);
    }

    @Test
    void anotherTenantsStorefrontIs404EverywhereAndNothingChanges() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, WRITE).body(Map.of("reference", "order-1", "items", List.of(Map.of("catalogue_item_id", item.toString(), "quantity", 2))))
                .post(shop.base() + "/inventory/holds").then().statusCode(201);
        // This shop's events only: other modules' tests may run beside this one and feed this service events.
        String ours = "select count(*) from outbox_event where strpos(envelope, $1) > 0";
        long events = count(ours, shop.storefrontId().toString());

        List<String> strangers = List.of(
                TestTokens.partner("partner-" + UUID.randomUUID()).scopes(READ, WRITE).bearer(),
                TestTokens.seller(UUID.randomUUID()).scopes(READ, WRITE).bearer(),
                TestTokens.thirdParty(UUID.randomUUID()).scopes(READ, WRITE).bearer(),
                // A partner id on a token that is not a partner token gives nothing.
                TestTokens.thirdParty().partnerId(shop.partnerId()).scopes(READ, WRITE).bearer());
        for (String stranger : strangers) {
            for (Function<String, ValidatableResponse> endpoint : endpoints(shop, item)) {
                Map<String, Object> body = endpoint.apply(stranger).statusCode(404).body("error.code", equalTo("NOT_FOUND"))
                        .extract().jsonPath().getMap("$");
                assertEquals(java.util.Set.of("error"), body.keySet(), "a 404 carries the error only");
            }
        }
        assertArrayEquals(new int[] {10, 2, 0, 8}, quantities(shop, item));
        assertEquals(events, count(ours, shop.storefrontId().toString()), "no event for a refused change");
        as(shop, READ).get(shop.base() + "/inventory/holds/order-1").then().statusCode(200).body("status", equalTo("held"));
    }

    @Test
    void theOwningPartnerAndTheSellersOwnTokensGetThrough() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        as(shop, READ).get(shop.item(item)).then().statusCode(200);
        call(TestTokens.seller(shop.sellerId()).scopes(WRITE).bearer()).body(Map.of("quantity", 11)).put(shop.item(item))
                .then().statusCode(200);
        call(TestTokens.thirdParty(UUID.randomUUID(), shop.sellerId()).scopes(READ).bearer()).get(shop.item(item))
                .then().statusCode(200).body("on_hand", equalTo(11));
    }

    @Test
    void scopesAreChecked() {
        Shop shop = newShop();
        UUID item = newItem(shop, 10);
        String readOnly = shop.token(READ);
        for (Function<String, ValidatableResponse> endpoint : endpoints(shop, item).subList(2, 7)) {
            endpoint.apply(readOnly).statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        }
        String writeOnly = shop.token(WRITE);
        call(writeOnly).get(shop.item(item)).then().statusCode(403);
        call(writeOnly).get(shop.base() + "/inventory").then().statusCode(403);
        call(TestTokens.partner(shop.partnerId()).scopes("catalogue:write").bearer()).body(Map.of("quantity", 1))
                .put(shop.item(item)).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1)).put(shop.item(item)).then()
                .statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
        assertArrayEquals(new int[] {10, 0, 0, 10}, quantities(shop, item));
    }

    @Test
    void aStorefrontWithoutPartnerIdFallsBackToTheSellerDirectory() {
        String partner = "partner-" + UUID.randomUUID();
        UUID seller = UUID.randomUUID();
        UUID storefront = UUID.randomUUID();
        events.sellerCreated(seller, partner, "Directory Stores");
        publishStorefront(storefront, seller, null);
        Shop shop = new Shop(partner, seller, storefront);
        org.awaitility.Awaitility.await().atMost(EVENTUAL).until(() -> call(shop.token(READ))
                .get(shop.base() + "/inventory").statusCode() == 200);
        call(TestTokens.partner("partner-" + UUID.randomUUID()).scopes(READ).bearer()).get(shop.base() + "/inventory")
                .then().statusCode(404);
    }
}
