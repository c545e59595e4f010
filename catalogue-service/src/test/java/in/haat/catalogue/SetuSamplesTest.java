package in.haat.catalogue;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Replays the sample bodies of Setu's catalogue page (the seed), its guide's storefront and seller pages, and a
 * body shaped by its OpenAPI (which has no examples of its own), copied verbatim into src/test/resources/setu.
 * The samples are not valid JSON as printed (comments, trailing commas): that is a clear 400. Cleaned, they
 * are checked by our rules, which some of their placeholder values break.
 */
@QuarkusTest
class SetuSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSeedsCatalogueBodiesAsPrintedAreA400() {
        Fixtures f = new Fixtures();
        UUID storefront = f.createStorefront(f.createSeller());
        for (String path : List.of("/api/storefronts/" + storefront + "/catalogue", "/api/storefront/" + storefront + "/catalogue")) {
            f.asPartner().body(sample("seed-catalogue-put.json")).put(path).then().statusCode(400)
                    .body("error.code", equalTo("INVALID_REQUEST"))
                    .body("error.message", equalTo("the request body is not valid JSON"));
            f.asPartner().body(sample("seed-catalogue-delete.json")).delete(path).then().statusCode(400)
                    .body("error.message", equalTo("the request body is not valid JSON"));
        }
    }

    @Test
    void theSeedsItemCleanedIsCheckedAndItsPlaceholdersRejected() throws IOException {
        Fixtures f = new Fixtures();
        UUID storefront = f.createStorefront(f.createSeller());
        String path = "/api/storefront/" + storefront + "/catalogue";
        ArrayNode items = (ArrayNode) JSON.readTree(clean(sample("seed-catalogue-put.json")));
        String results = f.asPartner().body(items.toString()).put(path).then().statusCode(202)
                .body("received", equalTo(1)).body("rejected", equalTo(1))
                .extract().path("results_url");
        f.asPartner().get(results).then().statusCode(200)
                .body("results.items[0].catalogue_item_id", equalTo("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
                .body("results.items[0].reasons.field", hasItems("catalogue_item_description.name",
                        "catalogue_item_description.symbol", "catalogue_item_description.images[0]", "serviceability"));

        ObjectNode item = (ObjectNode) items.get(0);
        ObjectNode description = (ObjectNode) item.get("catalogue_item_description");
        description.put("name", "Veg Thali");
        description.put("symbol", "https://cdn.example.in/thali-icon.png");
        description.putArray("images").add("https://cdn.example.in/thali.png");
        item.putObject("serviceability").putArray("pincodes").add(122003);
        f.asPartner().body(items.toString()).put(path).then().statusCode(202).body("accepted", equalTo(1));
        f.asPartner().get("/api/storefronts/" + storefront + "/catalogue/3fa85f64-5717-4562-b3fc-2c963f66afa6").then()
                .statusCode(200)
                .body("catalogue_item_details.name", equalTo("Veg Thali"))
                .body("catalogue_item_details.price.max_retail_price", equalTo(130))
                .body("catalogue_item_details.price.total_tax_rate", equalTo(18))
                .body("inventory.unit_denomination", equalTo("GM"))
                .body("inventory.quantity", equalTo(2000))
                .body("item_policies.time_to_ship", equalTo("P3D"))
                .body("item_policies.return_window", equalTo(7));
    }

    @Test
    void aBodyShapedByTheOpenApiIsAccepted() {
        Fixtures f = new Fixtures();
        UUID storefront = f.createStorefront(f.createSeller());
        f.asPartner().body(sample("oas-product-item.json")).put("/api/storefronts/" + storefront + "/catalogue").then()
                .statusCode(202).body("accepted", equalTo(1)).body("rejected", equalTo(0));
        f.asPartner().get("/api/storefronts/" + storefront + "/catalogue/3fa85f64-5717-4562-b3fc-2c963f66afa6").then()
                .statusCode(200)
                .body("sub_categories", equalTo(List.of("F&B", "prepackaged_food")))
                .body("catalogue_item_details.price.is_selling_price_exclusive_of_gst", equalTo(false))
                .body("catalogue_item_details.subcategory_specific_requirements.prepackaged_food.brand_owner_FSSAI_license_no",
                        equalTo("12319678901234"))
                .body("item_policies.time_to_ship", equalTo("PT36H"));
    }

    @Test
    void theGuidesStorefrontBodyAsPrintedIsA400AndCleanedIsChecked() throws IOException {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        // As printed it fails at its first problem: Setu's integer seller id "592" (ours are UUIDs), before the
        // trailing commas further down.
        f.asPartner().body(sample("guide-storefront-post.json")).post("/api/storefront").then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST")).body("error.details.field", hasItem("seller_id"));

        ObjectNode body = (ObjectNode) JSON.readTree(clean(sample("guide-storefront-post.json")));
        f.asPartner().body(body.toString()).post("/api/storefront").then().statusCode(400)
                .body("error.details.field", hasItem("seller_id"));
        body.put("setu_seller_id", seller.toString());
        f.asPartner().body(body.toString()).post("/api/storefront").then().statusCode(400)
                .body("error.details.field", hasItem("billing_details.bank_account.ifsc_code"));
        ((ObjectNode) body.at("/billing_details/bank_account")).put("ifsc_code", "HDFC0010920");
        f.asPartner().body(body.toString()).post("/api/storefront").then().statusCode(400)
                .body("error.details.field", hasItems("serviceability"));
        body.putObject("serviceability").putArray("pincodes").add(122003);
        // Like the seller page, the guide pairs GSTIN 24AAACC1206D1ZM with another entity's PAN.
        f.asPartner().body(body.toString()).post("/api/storefront").then().statusCode(400)
                .body("error.details.field", hasItems("billing_details.legal_details.gstin"));
        ((ObjectNode) body.at("/billing_details/legal_details")).put("pan", "AAACC1206D");
        f.asPartner().body(body.toString()).post("/api/storefront").then().statusCode(201)
                .body("storefront_id", equalTo("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
                .body("business_hours.sunday", org.hamcrest.Matchers.nullValue())
                .body("billing_details.registered_address.pincode", equalTo(122003));
    }

    @Test
    void theGuidesSellerBodiesAreChecked() throws IOException {
        Fixtures f = new Fixtures();
        // As printed and cleaned alike, its placeholder "string" is no incorporation type (the first problem in it).
        f.asPartner().body(sample("guide-seller-post.json")).post("/api/sellers").then().statusCode(400)
                .body("error.details[0].field", equalTo("incorporation_type"));
        f.asPartner().body(clean(sample("guide-seller-post.json"))).post("/api/sellers").then().statusCode(400)
                .body("error.details[0].field", equalTo("incorporation_type"));
        ObjectNode get = (ObjectNode) JSON.readTree(clean(sample("guide-seller-get.json")));
        // The guide's GSTIN 24AAACC1206D1ZM belongs to PAN AAACC1206D, not to its pan_number FBOPS2165C.
        f.asPartner().body(get.toString()).post("/api/sellers").then().statusCode(400)
                .body("error.details.field", hasItem("gst_number"));
        get.put("pan_number", "AAACC1206D");
        String id = f.asPartner().body(get.toString()).post("/api/sellers").then().statusCode(201)
                .body("legal_entity_name", equalTo("Broken Tusk Technologies Private Limited"))
                .body("bank_account.ifsc_code", equalTo("KKBK0000187"))
                // Its seller_id is kept as the seller's id, answered under Setu's name too; sent again, it is taken.
                .body("id", equalTo("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
                .body("setu_seller_id", equalTo("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
                .body("consent_object", equalTo("string"))
                .extract().path("id");
        f.asPartner().body(get.toString()).post("/api/sellers").then().statusCode(409).body("error.code", equalTo("CONFLICT"));
        f.asPartner().body(clean(sample("guide-seller-patch.json"))).patch("/api/sellers/" + id).then().statusCode(400)
                .body("error.details.field", hasItems("gst_number", "bank_account.ifsc_code"));
    }

    /** Drops // comments and trailing commas: what a client would have to do to send the samples at all. */
    static String clean(String sample) {
        return sample.replaceAll("//[^\\n]*", "").replaceAll(",(\\s*[}\\]])", "$1");
    }

    static String sample(String name) {
        try (InputStream in = SetuSamplesTest.class.getResourceAsStream("/setu/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no sample " + name, e);
        }
    }

    static JsonNode tree(String json) throws IOException {
        return JSON.readTree(json);
    }
}
