package in.haat.catalogue.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sub-category rules: at least one of the storefront's categories (or inside one), no blanks, no repeats. */
class SubCategoryRulesTest {

    private final SubCategoryRules grocery = new SubCategoryRules(List.of("Grocery"));
    private final SubCategoryRules fAndB = new SubCategoryRules(List.of("F&B"));

    @Test
    void aStorefrontCategoryOrAnOndcSubCategoryOfItsDomainPasses() {
        assertEquals(Map.of(), check(fAndB, "F&B"));
        assertEquals(Map.of(), check(grocery, "Fruits and Vegetables"), "a sub-category of the whole domain the storefront sells");
        assertEquals(Map.of(), check(grocery, "ONDC:RET10"), "the domain under another of its names");
        assertTrue(grocery.ofStorefront("Grocery"));
        assertFalse(grocery.ofStorefront("F&B"));
        assertFalse(new SubCategoryRules(List.of("Fruits and Vegetables")).ofStorefront("Water"),
                "a storefront of one sub-category does not sell the rest of its domain");
    }

    @Test
    void aQualifierAloneIsNotEnough() {
        assertEquals(Map.of("sub_categories", "must name at least one of the storefront's categories"), check(fAndB, "prepackaged_food"));
        assertEquals(Map.of(), check(fAndB, "F&B", "prepackaged_food"));
    }

    @Test
    void anotherCategoryIsNamedWithItsPosition() {
        assertEquals(Map.of("sub_categories[1]", "'Fashion' is not one of the storefront's categories [F&B] nor an ONDC sub-category of their domains"),
                check(fAndB, "F&B", "Fashion"));
    }

    @Test
    void noneBlankOrRepeated() {
        assertEquals(Map.of("sub_categories", "must name at least one of the storefront's categories"), check(fAndB));
        assertEquals(Map.of("sub_categories[0]", "must not be blank"), check(fAndB, " ", "F&B"));
        assertEquals(Map.of("sub_categories[1]", "must not be blank"), check(fAndB, "F&B", null));
        assertEquals(Map.of("sub_categories", "must not repeat a sub-category"), check(fAndB, "F&B", "F&B"));
    }

    private static Map<String, String> check(SubCategoryRules rules, String... values) {
        List<Reason> reasons = new ArrayList<>();
        List<String> kept = rules.check(values.length == 0 ? null : Arrays.asList(values), reasons);
        assertEquals(values.length == 0 ? List.of() : Arrays.asList(values), kept);
        return Reasons.byField(reasons);
    }
}
