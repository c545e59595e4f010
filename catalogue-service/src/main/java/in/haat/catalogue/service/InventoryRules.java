package in.haat.catalogue.service;

import in.haat.catalogue.mapping.CatalogueItemInput;
import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import java.util.List;
import java.util.Set;

/** An item's unit and declared quantity: one of Setu's units, a positive unit value, a quantity of 0 or more. */
final class InventoryRules {

    /** Setu's UnitDenomination enum. */
    static final Set<String> UNITS = Set.of("BG", "LT", "BF", "LY", "BL", "M", "BT", "MG", "BX", "ML", "C", "MM", "CC",
            "MN", "CF", "MO", "CI", "MR", "CL", "MT", "CM", "OG", "CN", "OZ", "CS", "PA", "CT", "PC", "CW", "PG", "CY",
            "PK", "DI", "PL", "DR", "PR", "DW", "PT", "DY", "QR", "DZ", "QT", "EA", "RD", "FT", "RL", "GL", "RM", "GM",
            "SF", "GN", "SH", "GR", "ST", "HR", "SY", "IN", "TB", "JR", "TR", "KG", "UT", "KT", "VL", "WK", "LB", "YD",
            "LF", "YR", "LG", "LI");

    private InventoryRules() {
    }

    static CatalogueItemInput.Inventory inventory(CatalogueItemInput.Inventory inventory, List<Reason> reasons) {
        if (inventory == null) {
            reasons.add(new Reason("inventory", "is required"));
            return null;
        }
        if (inventory.unitDenomination() == null || !UNITS.contains(inventory.unitDenomination())) {
            reasons.add(new Reason("inventory.unit_denomination", "must be one of Setu's units (GM, KG, ML, LT, EA, PC, PK, DZ, BX, ...)"));
        }
        if (inventory.unitValue() == null || inventory.unitValue() < 1) {
            reasons.add(new Reason("inventory.unit_value", "must be a positive integer"));
        }
        if (inventory.quantity() == null || inventory.quantity() < 0) {
            reasons.add(new Reason("inventory.quantity", "must be an integer of 0 or more"));
        }
        return inventory;
    }
}
