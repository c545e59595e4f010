package in.haat.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import in.haat.catalogue.event.CatalogueEvents;
import in.haat.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A partner lists the sellers it manages; Setu's own seller_id is kept as the seller's id, once. */
@QuarkusTest
class SellerListTest {

    @Inject
    Pool database;

    private static RequestSpecification as(TestTokens.Builder token) {
        return given().contentType(ContentType.JSON).header("Authorization", token.bearer());
    }

    private static UUID create(String partner, String name) {
        return UUID.fromString(as(TestTokens.partner(partner).scopes("sellers:write")).body(Map.of("name", name))
                .post("/api/sellers").then().statusCode(201).extract().path("id"));
    }

    @Test
    void aPartnerListsItsOwnSellersPageByPage() {
        String partner = "partner-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (String name : List.of("Asha Stores", "Bharat Kirana", "Chai Point")) {
            ids.add(create(partner, name).toString());
        }
        ids.sort(null);
        create("partner-" + UUID.randomUUID(), "Someone Else's");
        TestTokens.Builder reader = TestTokens.partner(partner).scopes("sellers:read");
        String cursor = as(reader).queryParam("limit", 2).get("/api/sellers").then().statusCode(200)
                .body("items.id", contains(ids.get(0), ids.get(1)))
                .body("items[0].setu_seller_id", equalTo(ids.get(0)))
                .extract().path("next_cursor");
        as(reader).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/sellers").then().statusCode(200)
                .body("items.id", contains(ids.get(2))).body("next_cursor", nullValue());
        as(reader).queryParam("cursor", "not-a-cursor").get("/api/sellers").then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"));
        as(reader).queryParam("limit", 0).get("/api/sellers").then().statusCode(400);
        as(TestTokens.partner(partner).scopes("sellers:write")).get("/api/sellers").then().statusCode(403);
    }

    @Test
    void aSellersOwnTokenListsOnlyThatSeller() {
        String partner = "partner-" + UUID.randomUUID();
        UUID mine = create(partner, "Asha Stores");
        create(partner, "Her Other Shop");
        as(TestTokens.seller(mine).scopes("sellers:read")).get("/api/sellers").then().statusCode(200)
                .body("items.id", contains(mine.toString()));
        as(TestTokens.thirdParty(UUID.randomUUID(), mine).scopes("sellers:read")).get("/api/sellers").then().statusCode(200)
                .body("items.id", contains(mine.toString()));
        // A partner id on a token that is not a partner's gives nothing.
        as(TestTokens.thirdParty().partnerId(partner).scopes("sellers:read")).get("/api/sellers").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void setusSellerIdIsTheSellersIdAndARepeatIsAConflict() {
        String partner = "partner-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        Map<String, Object> body = Map.of("seller_id", id.toString(), "name", "Setu", "incorporation_type", "PRLC",
                "consent_object", "consent-artefact-7781");
        TestTokens.Builder writer = TestTokens.partner(partner).scopes("sellers:write", "sellers:read");
        as(writer).body(body).post("/api/sellers").then().statusCode(201)
                .header("Location", endsWith("/api/sellers/" + id))
                .body("id", equalTo(id.toString())).body("setu_seller_id", equalTo(id.toString()))
                .body("consent_object", equalTo("consent-artefact-7781"));
        as(writer).body(body).post("/api/sellers").then().statusCode(409).body("error.code", equalTo("CONFLICT"));
        as(TestTokens.partner("partner-" + UUID.randomUUID()).scopes("sellers:write")).body(body).post("/api/sellers")
                .then().statusCode(409);
        as(writer).get("/api/sellers/" + id).then().statusCode(200).body("name", equalTo("Setu"));
        assertEquals(1, createdEvents(id));
    }

    @Test
    void racingRegistrationsOfOneSellerIdMakeOneSeller() throws Exception {
        UUID id = UUID.randomUUID();
        TestTokens.Builder writer = TestTokens.partner("partner-" + UUID.randomUUID()).scopes("sellers:write");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> as(writer).body(Map.of("seller_id", id.toString(), "name", "Asha Stores"))
                        .post("/api/sellers").then().extract().statusCode()));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            codes.sort(null);
            assertEquals(List.of(201, 409, 409, 409, 409, 409, 409, 409), codes);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, createdEvents(id));
    }

    /** The seller's seller.created on the catalogue topic, once it is also on the sellers topic (the directories'). */
    private long createdEvents(UUID seller) {
        long forDirectories = createdEvents(seller, CatalogueEvents.SELLERS_TOPIC);
        long onCatalogue = createdEvents(seller, CatalogueEvents.TOPIC);
        assertEquals(onCatalogue, forDirectories, "seller.created on the sellers topic as on the catalogue topic");
        return onCatalogue;
    }

    private long createdEvents(UUID seller, String topic) {
        return database.preparedQuery("select count(*) from outbox_event where event_type = 'seller.created' and event_key = $1 "
                + "and topic = $2").execute(Tuple.of(seller.toString(), topic)).await().indefinitely().iterator().next().getLong(0);
    }
}
