package in.haat.inventory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document names every inventory endpoint with the request and answer schemas a generated client needs. */
@QuarkusTest
class InventoryOpenApiTest {

    @Test
    void everyEndpointIsDocumentedWithItsBodiesAndTheErrorShape() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        String item = "/api/storefronts/{storefront_id}/catalogue/{catalogue_item_id}/inventory";
        String holds = "/api/storefronts/{storefront_id}/inventory/holds";
        Map<String, Set<String>> expected = Map.of(
                "/api/sellers/{seller_id}/stock", Set.of("get"),
                "/api/storefronts/{storefront_id}/inventory", Set.of("get"),
                item, Set.of("get", "put", "patch"),
                item + "/adjustments", Set.of("post"),
                "/api/storefronts/{storefront_id}/inventory/batch", Set.of("post"),
                holds, Set.of("post"),
                holds + "/{reference}", Set.of("get"),
                holds + "/{reference}/commit", Set.of("post"),
                holds + "/{reference}/release", Set.of("post"));
        expected.forEach((path, methods) -> {
            assertTrue(paths.containsKey(path), "documented: " + path + " in " + paths.keySet());
            assertEquals(methods, paths.get(path).keySet(), path);
        });
        Map<String, Object> schemas = doc.getMap("components.schemas");
        for (String schema : List.of("SetStock", "StockAdjustment", "StockBatch", "StockBatchItem", "StockBatchResult",
                "StockLevelView", "NewHold", "HoldView", "ApiError", "UnitDenomination")) {
            assertTrue(schemas.containsKey(schema), "schema " + schema + " in " + schemas.keySet());
        }
        assertEquals(List.of("quantity"), doc.getList("components.schemas.SetStock.required"));
        assertTrue(doc.getString("paths.'" + item + "'.put.requestBody.content.'application/json'.schema.'$ref'").endsWith("/SetStock"));
        assertTrue(doc.getString("paths.'" + item + "'.put.responses.'200'.content.'application/json'.schema.'$ref'").endsWith("/StockLevelView"));
        assertTrue(doc.getString("paths.'" + item + "'.put.responses.'409'.content.'application/json'.schema.'$ref'").endsWith("/ApiError"));
        assertTrue(doc.getString("paths.'" + holds + "'.post.responses.'201'.content.'application/json'.schema.'$ref'").endsWith("/HoldView"));
        assertTrue(doc.getList("components.schemas.UnitDenomination.enum").contains("GM"));
    }
}
