package in.haat.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.catalogue.mapping.RetailDomain;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every name of a retail domain resolves to it, and the domains of categories come out once each, in code order. */
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
        assertEquals(10, RetailDomain.values().length);
        assertTrue(RetailDomain.of("ONDC:RET1A").isEmpty(), "only RET10..RET19 for now");
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
