package in.haat.catalogue.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.catalogue.mapping.CatalogueItemDocument;
import in.haat.catalogue.mapping.CatalogueItemInput;
import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The item policy rules: required flags, return window, sale quantities and the three forms of time to ship. */
class ItemPolicyRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void timeToShipInEachOfSetusFormsBecomesAnIsoDuration() throws Exception {
        assertEquals("P2D", timeToShip("2"));
        assertEquals("PT1H", timeToShip("{\"days\": 0, \"hours\": 1, \"seconds\": 0}"));
        assertEquals("P1D", timeToShip("{\"hours\": 24}"));
        assertEquals("PT1H30M", timeToShip("{\"hours\": 1, \"seconds\": 1800}"));
        assertEquals("PT4H", timeToShip("\"PT4H\""));
        assertEquals("P3D", timeToShip("\"P3D\""));
        assertEquals("P30D", timeToShip("\"P30D\""));
    }

    @Test
    void timeToShipMustBeSomethingUpToThirtyDays() throws Exception {
        assertEquals(Map.of("item_policies.time_to_ship", "must be more than nothing and at most 30 days"), timeToShipReasons("0"));
        assertEquals(Map.of("item_policies.time_to_ship", "must be more than nothing and at most 30 days"), timeToShipReasons("31"));
        assertEquals(Map.of("item_policies.time_to_ship", "must be more than nothing and at most 30 days"), timeToShipReasons("\"-PT1H\""));
        assertEquals(Map.of("item_policies.time_to_ship", "is required"), timeToShipReasons("null"));
        assertEquals(Map.of("item_policies.time_to_ship.hours", "must be an integer"), timeToShipReasons("{\"hours\": \"4\"}"));
        String forms = "must be days (an integer), {days, hours, seconds} or an ISO-8601 duration such as PT4H";
        assertEquals(Map.of("item_policies.time_to_ship", forms), timeToShipReasons("\"four hours\""));
        assertEquals(Map.of("item_policies.time_to_ship", forms), timeToShipReasons("1.5"));
        assertEquals(Map.of("item_policies.time_to_ship", forms), timeToShipReasons("true"));
    }

    @Test
    void theThreeFlagsAreRequired() throws Exception {
        assertEquals(Map.of("item_policies.returnable", "is required (true or false)",
                "item_policies.cancellable", "is required (true or false)",
                "item_policies.cod_availability", "is required (true or false)"),
                check(new CatalogueItemInput.Policies(null, null, null, null, null, JSON.readTree("1"), null, null)));
    }

    @Test
    void aReturnableItemNeedsAReturnWindowOfADayOrMore() throws Exception {
        assertEquals(Map.of("item_policies.return_window", "must be at least 1 day for a returnable item"),
                check(policies(true, null, 0, 0)));
        assertEquals(Map.of("item_policies.return_window", "must be 0 or more days"), check(policies(false, -1, 0, 0)));
        assertEquals(Map.of(), check(policies(true, 7, 0, 0)));
    }

    @Test
    void saleQuantitiesAreNotNegativeAndTheMinimumNotAboveTheMaximum() throws Exception {
        assertEquals(Map.of("item_policies.min_sale_quantity", "must not be above max_sale_quantity"), check(policies(false, null, 5, 2)));
        assertEquals(Map.of(), check(policies(false, null, 5, 0)), "a maximum of 0 is no limit");
        assertEquals(Map.of("item_policies.min_sale_quantity", "must be 0 or more",
                "item_policies.max_sale_quantity", "must be 0 or more (0: no limit)"), check(policies(false, null, -1, -1)));
    }

    @Test
    void thePoliciesAreStoredWithTheirIsoTimeToShip() throws Exception {
        List<Reason> reasons = new ArrayList<>();
        CatalogueItemDocument.Policies stored = ItemPolicyRules.policies(policies(true, 7, 1, 10), reasons);
        assertEquals(List.of(), reasons);
        assertEquals("PT1H", stored.timeToShip());
        List<Reason> missing = new ArrayList<>();
        assertNull(ItemPolicyRules.policies(null, missing));
        assertEquals(List.of(new Reason("item_policies", "is required")), missing);
    }

    private static CatalogueItemInput.Policies policies(boolean returnable, Integer window, int min, int max) throws Exception {
        return new CatalogueItemInput.Policies(returnable, window, null, true, false,
                JSON.readTree("{\"days\": 0, \"hours\": 1, \"seconds\": 0}"), max, min);
    }

    private static Map<String, String> check(CatalogueItemInput.Policies policies) {
        List<Reason> reasons = new ArrayList<>();
        ItemPolicyRules.policies(policies, reasons);
        return Reasons.byField(reasons);
    }

    private static String timeToShip(String json) throws Exception {
        List<Reason> reasons = new ArrayList<>();
        String iso = ItemPolicyRules.timeToShip(JSON.readTree(json), reasons);
        assertEquals(List.of(), reasons, json);
        return iso;
    }

    private static Map<String, String> timeToShipReasons(String json) throws Exception {
        List<Reason> reasons = new ArrayList<>();
        JsonNode value = JSON.readTree(json);
        assertNull(ItemPolicyRules.timeToShip(value, reasons), json);
        return Reasons.byField(reasons);
    }
}
