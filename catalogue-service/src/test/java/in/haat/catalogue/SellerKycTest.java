package in.haat.catalogue;

import static in.haat.catalogue.Fixtures.REMOVE;
import static in.haat.catalogue.Fixtures.seller;
import static in.haat.catalogue.Fixtures.with;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.catalogue.event.CatalogueEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Setu's seller legal and KYC fields with their formats and rules, PATCH, DELETE, tenancy and events. */
@QuarkusTest
class SellerKycTest {

    @Inject
    Pool database;

    @Test
    void aSellerWithKycFieldsIsAnsweredWithThem() {
        Fixtures f = new Fixtures();
        f.asPartner().body(seller("Asha Stores")).post("/api/sellers").then().statusCode(201)
                .body("legal_entity_name", equalTo("Asha Stores Private Limited"))
                .body("incorporation_type", equalTo("PRLC"))
                .body("gst_number", equalTo(Fixtures.GSTIN))
                .body("pan_number", equalTo(Fixtures.PAN))
                .body("fssai_number", equalTo("12319678901234"))
                .body("categories", equalTo(List.of("F&B", "Grocery")))
                .body("bank_account.ifsc_code", equalTo("KKBK0000187"))
                .body("partner_id", equalTo(f.partner));
    }

    @Test
    void everySellerRuleHasItsBadCase() {
        Fixtures f = new Fixtures();
        Map<String, Object> good = seller("Asha Stores");
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] { with(good, "gst_number", "24AAACC1206D1Z"), "gst_number" });
        cases.add(new Object[] { with(good, "pan_number", "AAACC12060"), "pan_number" });
        cases.add(new Object[] { with(good, "pan_number", "BBBCC1206D"), "gst_number" });
        cases.add(new Object[] { with(good, "fssai_number", "1234"), "fssai_number" });
        cases.add(new Object[] { with(good, "fssai_number", REMOVE), "fssai_number" });
        cases.add(new Object[] { with(good, "incorporation_type", "string"), "incorporation_type" });
        cases.add(new Object[] { with(good, "bank_account", Map.of("account_number", "6312763481", "ifsc_code", "KKBK000187")), "bank_account.ifsc_code" });
        cases.add(new Object[] { with(good, "bank_account", Map.of("account_number", "12AB", "ifsc_code", "KKBK0000187")), "bank_account.account_number" });
        cases.add(new Object[] { with(good, "bank_account", Map.of("ifsc_code", "KKBK0000187")), "bank_account.account_number" });
        cases.add(new Object[] { with(good, "contact_phone", "12345"), "contact_phone" });
        cases.add(new Object[] { with(good, "categories", List.of("F&B", "F&B")), "categories" });
        // FSSAI follows the domain, whatever name the seller gives it.
        cases.add(new Object[] { with(with(good, "fssai_number", REMOVE), "categories", List.of("ONDC:RET11")), "fssai_number" });
        cases.add(new Object[] { with(with(good, "fssai_number", REMOVE), "categories", List.of("Fruits and Vegetables")), "fssai_number" });
        for (Object[] c : cases) {
            List<String> fields = f.asPartner().body(c[0]).post("/api/sellers").then().statusCode(400)
                    .body("error.code", equalTo("INVALID_REQUEST"))
                    .extract().jsonPath().getList("error.details.field");
            assertTrue(fields.contains((String) c[1]), "expected a detail about " + c[1] + ", got " + fields);
        }
        // Without food categories no FSSAI number is needed, and a name alone still registers a seller.
        f.asPartner().body(with(with(good, "fssai_number", REMOVE), "categories", List.of("Electronics"))).post("/api/sellers")
                .then().statusCode(201);
        f.asPartner().body(Map.of("name", "Just A Name")).post("/api/sellers").then().statusCode(201);
    }

    @Test
    void patchChangesOnlyWhatIsSentAndKeepsTheRules() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        f.asPartner().body(Map.of("name", "Asha Foods", "bank_account", Map.of("account_number", "12482883913", "ifsc_code", "HDFC0010920")))
                .patch("/api/sellers/" + seller).then().statusCode(200)
                .body("name", equalTo("Asha Foods"))
                .body("gst_number", equalTo(Fixtures.GSTIN))
                .body("bank_account.account_number", equalTo("12482883913"));
        f.asPartner().body(Map.of("pan_number", "BBBCC1206D")).patch("/api/sellers/" + seller).then().statusCode(400)
                .body("error.details[0].field", equalTo("gst_number"));
        f.asPartner().body(Map.of("name", " ")).patch("/api/sellers/" + seller).then().statusCode(400);
        f.asPartner().get("/api/sellers/" + seller).then().statusCode(200).body("name", equalTo("Asha Foods"))
                .body("pan_number", equalTo(Fixtures.PAN));
        JsonPath updated = JsonPath.from(envelopes(seller, "seller.updated").get(0));
        assertEquals("Asha Foods", updated.getString("payload.name"));
        assertEquals(seller.toString(), updated.getString("payload.seller_id"));
        assertEquals(f.partner, updated.getString("payload.partner_id"));
        org.junit.jupiter.api.Assertions.assertNull(updated.get("payload.bank_account"));
        assertEquals(1, envelopes(seller, "seller.updated").size());
    }

    @Test
    void deleteRemovesTheSellerWithItsStorefrontsAndAnnouncesThem() {
        Fixtures f = new Fixtures();
        UUID seller = f.createSeller();
        UUID storefront = f.createStorefront(seller);
        f.asPartner().body(List.of(Fixtures.item(UUID.randomUUID()))).put("/api/storefronts/" + storefront + "/catalogue")
                .then().statusCode(202);
        Fixtures other = new Fixtures();
        other.asPartner().delete("/api/sellers/" + seller).then().statusCode(404);
        other.asPartner().body(Map.of("name", "Mine")).patch("/api/sellers/" + seller).then().statusCode(404);

        f.asPartner().delete("/api/sellers/" + seller).then().statusCode(204);
        f.asPartner().get("/api/sellers/" + seller).then().statusCode(404);
        f.asPartner().get("/api/storefronts/" + storefront).then().statusCode(404);
        f.asPartner().delete("/api/sellers/" + seller).then().statusCode(404);
        assertEquals(0, database.preparedQuery("select count(*) from catalogue_item where seller_id = $1")
                .execute(Tuple.of(seller)).await().indefinitely().iterator().next().getLong(0));
        assertEquals(storefront.toString(),
                JsonPath.from(envelopes(seller, "storefront.deleted").get(0)).getString("payload.storefront_id"));
        assertEquals(1, envelopes(seller, "seller.deleted").size());
        // Once more, as an event of its own, for the seller directories.
        List<String> forDirectories = envelopes(seller, "seller.deleted", CatalogueEvents.SELLERS_TOPIC);
        assertEquals(1, forDirectories.size());
        assertEquals(seller.toString(), JsonPath.from(forDirectories.get(0)).getString("payload.seller_id"));
        assertNotEquals(JsonPath.from(envelopes(seller, "seller.deleted").get(0)).getString("id"),
                JsonPath.from(forDirectories.get(0)).getString("id"));
        assertEquals(0, envelopes(seller, "storefront.deleted", CatalogueEvents.SELLERS_TOPIC).size());
    }

    /** The seller's events of one type on the catalogue topic. */
    private List<String> envelopes(UUID seller, String type) {
        return envelopes(seller, type, CatalogueEvents.TOPIC);
    }

    private List<String> envelopes(UUID seller, String type, String topic) {
        List<String> rows = new ArrayList<>();
        database.preparedQuery("select envelope from outbox_event where event_key = $1 and event_type = $2 and topic = $3 order by id")
                .execute(Tuple.of(seller.toString(), type, topic)).await().indefinitely()
                .forEach(row -> rows.add(row.getString(0)));
        return rows;
    }
}
