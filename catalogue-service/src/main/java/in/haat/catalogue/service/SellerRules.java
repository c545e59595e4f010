package in.haat.catalogue.service;

import in.haat.catalogue.Seller;
import in.haat.catalogue.mapping.Formats;
import in.haat.ondc.RetailDomain;
import in.haat.catalogue.mapping.Json;
import java.util.List;

/** The rules a seller keeps beyond field formats, checked on the seller as it would be after a change. */
final class SellerRules {

    private SellerRules() {
    }

    static void check(Seller seller) {
        Violations violations = new Violations();
        List<String> categories = Json.stringList(seller.categories);
        if (seller.fssaiNumber == null && RetailDomain.codesOf(categories).stream().anyMatch(Formats.FOOD_DOMAINS::contains)) {
            violations.add("fssai_number", "is required for sellers in the F&B or Grocery category");
        }
        // Characters 3 to 12 of a GSTIN are the holder's PAN: a mismatch is a typo or another entity's number.
        if (seller.gstNumber != null && seller.panNumber != null
                && !seller.gstNumber.substring(2, 12).equals(seller.panNumber)) {
            violations.add("gst_number", "must contain the seller's pan_number (characters 3 to 12)");
        }
        if (categories.size() != categories.stream().distinct().count()) {
            violations.add("categories", "must not repeat a category");
        }
        violations.throwIfAny();
    }
}
