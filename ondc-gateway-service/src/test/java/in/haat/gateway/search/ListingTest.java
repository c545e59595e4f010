package in.haat.gateway.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a storefront is listed: its STD code and its ONDC retail domains, from its event. */
class ListingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCityCodeComesFromTheEventElseFromTheCityName() {
        assertEquals(Optional.of("std:080"), CityCodes.of(null, "Bengaluru"));
        assertEquals(Optional.of("std:080"), CityCodes.of(null, " bangalore. "));
        assertEquals(Optional.of("std:011"), CityCodes.of(null, "NEW DELHI"));
        assertEquals(Optional.of("std:0124"), CityCodes.of(null, "Gurgaon"));
        assertEquals(Optional.of("std:0484"), CityCodes.of(null, "Kochi"));
        assertEquals(Optional.of("std:022"), CityCodes.of("std:022", "Bengaluru"), "the event's code wins");
        assertEquals(Optional.of("std:080"), CityCodes.of("080", "Bengaluru"), "a malformed code is not a code");
        assertEquals(Optional.empty(), CityCodes.of(null, "Hosakote"));
        assertEquals(Optional.empty(), CityCodes.of(null, null));
    }

    @Test
    void theDomainsComeFromTheEventElseFromTheSetuCategories() {
        assertEquals(List.of("ONDC:RET11", "ONDC:RET10"), RetailDomains.of(storefront(Map.of("categories", List.of("F&B", "Grocery")))));
        assertEquals(List.of("ONDC:RET13"), RetailDomains.of(storefront(Map.of("categories", List.of("Beauty & Personal Care", "Toys")))));
        assertEquals(List.of("ONDC:RET12"), RetailDomains.of(storefront(Map.of("categories", List.of("F&B"), "domains", List.of("ONDC:RET12", "nic:52110")))));
        assertEquals(List.of(), RetailDomains.of(storefront(Map.of("categories", List.of("Dentistry")))));
    }

    @Test
    void aSearchListsLiveStorefrontsOfItsDomainInItsCityOrAnyCity() {
        Listing bengaluruCafe = Listing.of(storefront(Map.of("categories", List.of("F&B"),
                "pickup_details", Map.of("pickup_city", "Bengaluru"), "status", "LIVE")));
        assertTrue(bengaluruCafe.live());
        assertTrue(bengaluruCafe.matches("ONDC:RET11", "std:080"));
        assertTrue(bengaluruCafe.matches("ONDC:RET11", "*"));
        assertFalse(bengaluruCafe.matches("ONDC:RET11", "std:011"));
        assertFalse(bengaluruCafe.matches("ONDC:RET10", "std:080"));
        Listing nowhere = Listing.of(storefront(Map.of("categories", List.of("F&B"), "pickup_details", Map.of("pickup_city", "Hosakote"))));
        assertFalse(nowhere.matches("ONDC:RET11", "std:080"), "an unknown city has no code");
        assertTrue(nowhere.matches("ONDC:RET11", "*"));
        assertFalse(Listing.of(storefront(Map.of("status", "OFFLINE"))).live());
    }

    private static JsonNode storefront(Map<String, Object> fields) {
        return JSON.valueToTree(fields);
    }
}
