package in.haat.ondc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every name of a retail domain resolves to it, and the domains of categories come out once each, in code order.
 * (Moved from catalogue-service with the table; the table now runs to RET1D, as ONDC's domain list does.)
 */
class RetailDomainTest {

    @Test
    void codesNamesAndSubCategoriesResolve() {
        for (RetailDomain domain : RetailDomain.values()) {
            assertEquals(domain, RetailDomain.of(domain.code()).orElseThrow().domain());
            assertTrue(RetailDomain.of(domain.name()).orElseThrow().wholeDomain());
            assertTrue(RetailDomain.of(domain.displayName()).orElseThrow().wholeDomain());
            for (String sub : domain.subCategories()) {
                assertEquals(domain, RetailDomain.of(sub).orElseThrow().domain(), sub);
                assertFalse(RetailDomain.of(sub).orElseThrow().wholeDomain(), sub);
            }
        }
        assertEquals("ONDC:RET11", RetailDomain.of("F&B").orElseThrow().domain().code());
        assertEquals("ONDC:RET10", RetailDomain.of(" grocery ").orElseThrow().domain().code());
        assertEquals(14, RetailDomain.values().length);
        assertEquals(RetailDomain.RET1A, RetailDomain.of("ONDC:RET1A").orElseThrow().domain());
        assertEquals(RetailDomain.RET1D, RetailDomain.ofCode("ONDC:RET1D").orElseThrow());
        assertTrue(RetailDomain.ofCode("ONDC:RET1E").isEmpty());
        assertTrue(RetailDomain.ofCode("RET10").isEmpty(), "a context names the domain by its full code");
        assertEquals("ONDC:RET19", RetailDomain.of("Pharma").orElseThrow().domain().code());
        assertTrue(RetailDomain.of("Bakery").isEmpty());
        assertTrue(RetailDomain.of(null).isEmpty());
    }

    @Test
    void domainsOfCategories() {
        assertEquals(List.of("ONDC:RET10", "ONDC:RET11"),
                RetailDomain.codesOf(List.of("F&B", "Fruits and Vegetables", "Grocery", "unknown", "RET11")));
        assertEquals(List.of(), RetailDomain.codesOf(null));
    }
}
