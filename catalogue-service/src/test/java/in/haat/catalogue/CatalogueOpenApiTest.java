package in.haat.catalogue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document names every endpoint once, on the plural paths we answer with, with the schemas a
 * generated client needs: request bodies, 2xx bodies and the error shape.
 */
@QuarkusTest
class CatalogueOpenApiTest {

    /** The document GeneratedClientTest's client is generated from (at generate-test-sources, before the app runs). */
    static final Path COMMITTED = Path.of("src/test/resources/openapi/catalogue-service.json");

    /**
     * The committed document is the served one, so the generated client is the client of this app. After an API
     * change: {@code ./mvnw ... -Dtest=CatalogueOpenApiTest -Dhaat.openapi.write=true}, and commit the file.
     */
    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode tree = mapper.readTree(served);
        if (Boolean.getBoolean("haat.openapi.write")) {
            Files.writeString(COMMITTED, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n");
        }
        assertEquals(mapper.readTree(Files.readString(COMMITTED)), tree,
                "src/test/resources/openapi/catalogue-service.json differs from /q/openapi: rerun this test with -Dhaat.openapi.write=true");
        // A generator refuses an openIdConnect scheme without its URL; we document bearer JWTs.
        assertEquals("bearer", tree.path("components").path("securitySchemes").path("SecurityScheme").path("scheme").asText());
    }

    @Test
    void everyEndpointIsDocumentedOnceWithItsBodies() {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/catalogue-openapi.json"), json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        JsonPath doc = JsonPath.from(json);
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        for (String path : List.of("/api/sellers", "/api/sellers/{id}", "/api/sellers/{seller_id}/storefronts",
                "/api/storefronts", "/api/storefronts/{storefront_id}", "/api/storefronts/{storefront_id}/catalogue",
                "/api/storefronts/{storefront_id}/catalogue/{catalogue_item_id}",
                "/api/storefronts/{storefront_id}/catalogue/jobs/{job_id}")) {
            assertTrue(paths.containsKey(path), "documented: " + path + " in " + paths.keySet());
        }
        assertFalse(paths.keySet().stream().anyMatch(p -> p.startsWith("/api/storefront/")), "singular paths are not documented");
        assertEquals(Map.of("put", 1, "delete", 1, "get", 1).keySet(),
                doc.getMap("paths.'/api/storefronts/{storefront_id}/catalogue'").keySet());
        assertEquals("array", doc.getString("paths.'/api/storefronts/{storefront_id}/catalogue'.put.requestBody.content.'application/json'.schema.type"));
        assertTrue(doc.getString("paths.'/api/storefronts/{storefront_id}/catalogue'.put.responses.'202'.content.'application/json'.schema.'$ref'")
                .endsWith("/CatalogueJobView"));
        Map<String, Object> schemas = doc.getMap("components.schemas");
        for (String schema : List.of("CatalogueItemInput", "CatalogueItemView", "CatalogueJobView", "StorefrontView",
                "NewStorefront", "StorefrontPatch", "SellerPatch", "SellerView", "ApiError", "CatalogueItemPage", "StorefrontPage")) {
            assertTrue(schemas.containsKey(schema), "schema " + schema + " in " + schemas.keySet());
        }
        assertTrue(doc.getMap("components.schemas.CatalogueItemView.properties").containsKey("catalogue_item_details"));
        assertTrue(doc.getMap("components.schemas.NewStorefront.properties").containsKey("pickup_details"));
        for (String field : List.of("holidays", "city_code")) {
            assertTrue(doc.getMap("components.schemas.NewStorefront.properties").containsKey(field), field);
            assertTrue(doc.getMap("components.schemas.StorefrontPatch.properties").containsKey(field), field);
        }
        for (String field : List.of("domains", "holidays", "city_code")) {
            assertTrue(doc.getMap("components.schemas.StorefrontView.properties").containsKey(field), field);
        }
        assertTrue(doc.getMap("components.schemas.CatalogueItemPrice.properties").keySet().containsAll(List.of("taxable_value", "tax_value")));
    }
}
