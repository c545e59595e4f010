package in.haat.catalogue.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import in.haat.catalogue.mapping.CatalogueItemInput;
import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inventory rules: one of Setu's units, a positive unit value, a declared quantity of 0 or more. */
class InventoryRulesTest {

    @Test
    void aKnownUnitAPositiveValueAndNoNegativeQuantityPass() {
        assertEquals(Map.of(), check(new CatalogueItemInput.Inventory("GM", 250, 0)));
        assertEquals(Map.of(), check(new CatalogueItemInput.Inventory("EA", 1, 12)));
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertEquals(Map.of("inventory.unit_denomination", "must be one of Setu's units (GM, KG, ML, LT, EA, PC, PK, DZ, BX, ...)",
                "inventory.unit_value", "must be a positive integer",
                "inventory.quantity", "must be an integer of 0 or more"),
                check(new CatalogueItemInput.Inventory("gm", 0, -1)));
        assertEquals(Map.of("inventory.unit_denomination", "must be one of Setu's units (GM, KG, ML, LT, EA, PC, PK, DZ, BX, ...)",
                "inventory.unit_value", "must be a positive integer",
                "inventory.quantity", "must be an integer of 0 or more"),
                check(new CatalogueItemInput.Inventory(null, null, null)));
        assertEquals(Map.of("inventory", "is required"), check(null));
    }

    private static Map<String, String> check(CatalogueItemInput.Inventory inventory) {
        List<Reason> reasons = new ArrayList<>();
        InventoryRules.inventory(inventory, reasons);
        return Reasons.byField(reasons);
    }
}
