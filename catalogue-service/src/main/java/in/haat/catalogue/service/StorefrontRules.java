package in.haat.catalogue.service;

import in.haat.catalogue.mapping.BillingDetails;
import in.haat.catalogue.mapping.BusinessHours;
import in.haat.catalogue.mapping.NewStorefront;
import in.haat.catalogue.mapping.Serviceability;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The rules of Setu's storefront guide that field formats alone cannot express. */
final class StorefrontRules {

    private StorefrontRules() {
    }

    static void check(NewStorefront storefront, List<String> sellerCategories) {
        Violations violations = new Violations();
        for (String category : storefront.categories()) {
            if (!sellerCategories.contains(category)) {
                violations.add("categories", "'" + category + "' is not one of the seller's categories " + sellerCategories);
            }
        }
        if (storefront.categories().size() != storefront.categories().stream().distinct().count()) {
            violations.add("categories", "must not repeat a category");
        }
        serviceability(storefront.serviceability(), "serviceability", violations);
        Serviceability serviceability = storefront.serviceability();
        if (serviceability.radius() != null
                && (storefront.pickupDetails().pickupLat() == null || storefront.pickupDetails().pickupLong() == null)) {
            violations.add("pickup_details", "pickup_lat and pickup_long are required when serviceability is a radius");
        }
        businessHours(storefront.businessHours(), violations);
        BillingDetails.LegalDetails legal = storefront.billingDetails().legalDetails();
        if (legal.gstin().length() == 15 && legal.pan().length() == 10 && !legal.gstin().substring(2, 12).equals(legal.pan())) {
            violations.add("billing_details.legal_details.gstin", "must contain the pan (characters 3 to 12)");
        }
        violations.throwIfAny();
    }

    /** Radius or PIN codes, never both (Setu); shared with the catalogue item's override. */
    static void serviceability(Serviceability serviceability, String field, Violations violations) {
        boolean radius = serviceability.radius() != null;
        boolean pincodes = serviceability.pincodes() != null && !serviceability.pincodes().isEmpty();
        if (radius == pincodes) {
            violations.add(field, "must have either radius or pincodes, not both and not neither");
            return;
        }
        if (radius && (serviceability.radius() < 1 || serviceability.radius() > 500)) {
            violations.add(field + ".radius", "must be from 1 to 500 (km)");
        }
        if (pincodes) {
            for (int i = 0; i < serviceability.pincodes().size(); i++) {
                Integer pincode = serviceability.pincodes().get(i);
                if (pincode == null || pincode < 100000 || pincode > 999999) {
                    violations.add(field + ".pincodes[" + i + "]", "must be a 6-digit PIN code");
                }
            }
        }
    }

    private static void businessHours(BusinessHours hours, Violations violations) {
        for (Map.Entry<String, List<BusinessHours.Slot>> day : hours.days().entrySet()) {
            List<BusinessHours.Slot> slots = day.getValue();
            for (int i = 0; i < slots.size(); i++) {
                LocalTime opening = LocalTime.parse(slots.get(i).opening());
                LocalTime closing = LocalTime.parse(slots.get(i).closing());
                if (!opening.isBefore(closing)) {
                    violations.add("business_hours." + day.getKey() + "[" + i + "]", "opening must be before closing");
                }
            }
            List<BusinessHours.Slot> sorted = slots.stream()
                    .sorted(Comparator.comparing((BusinessHours.Slot s) -> LocalTime.parse(s.opening()))).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (LocalTime.parse(sorted.get(i).opening()).isBefore(LocalTime.parse(sorted.get(i - 1).closing()))) {
                    violations.add("business_hours." + day.getKey(), "slots must not overlap");
                    break;
                }
            }
        }
    }
}
