package in.haat.catalogue.service;

import in.haat.catalogue.mapping.BillingDetails;
import in.haat.catalogue.mapping.BusinessHours;
import in.haat.catalogue.mapping.NewStorefront;
import in.haat.catalogue.mapping.Serviceability;
import in.haat.ondc.RetailDomain;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rules of Setu's storefront guide that field formats alone cannot express. */
final class StorefrontRules {

    private StorefrontRules() {
    }

    /** How far back and ahead a holiday may be: older ones are history, later ones not yet planned. */
    static final Period HOLIDAYS_BACK = Period.ofYears(1);
    static final Period HOLIDAYS_AHEAD = Period.ofYears(2);
    /** Holidays are the seller's local days; Indian sellers keep Indian time. */
    static final ZoneId SELLER_ZONE = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /**
     * Checks a storefront as it would be stored. {@code holidaysSent}: the request sets the holidays, so their window
     * is checked too; stored ones are not checked again, or a PATCH of the name would fail once a holiday is a year old.
     */
    static void check(NewStorefront storefront, List<String> sellerCategories, boolean holidaysSent) {
        Violations violations = new Violations();
        categories(storefront.categories(), sellerCategories, violations);
        holidays(storefront.holidays(), holidaysSent ? LocalDate.now(SELLER_ZONE) : null, violations);
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

    /**
     * Each category is an ONDC retail domain, its name (Setu's "F&B", "Grocery") or one of its sub-categories, and
     * its domain is one of the seller's (Setu: a storefront's categories are a subset of its seller's).
     */
    private static void categories(List<String> categories, List<String> sellerCategories, Violations violations) {
        List<String> sellerDomains = RetailDomain.codesOf(sellerCategories);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            String category = categories.get(i);
            Optional<RetailDomain.Match> match = RetailDomain.of(category);
            if (match.isEmpty()) {
                violations.add("categories[" + i + "]", "'" + category + "' is not an ONDC retail domain (ONDC:RET10 to "
                        + "ONDC:RET1D, or its name such as Grocery or F&B) nor one of their sub-categories");
            } else if (!sellerDomains.contains(match.get().domain().code())) {
                violations.add("categories[" + i + "]", "'" + category + "' is in " + match.get().domain().code() + " ("
                        + match.get().domain().displayName() + "), which is not one of the seller's categories " + sellerCategories);
            }
            // F&B and ONDC:RET11 are one category under two names.
            String same = match.map(m -> m.wholeDomain() ? m.domain().code() : null)
                    .orElse(category == null ? null : category.strip().toLowerCase(Locale.ROOT));
            if (same != null && !seen.add(same)) {
                violations.add("categories", "must not repeat a category (also not under another name of it)");
            }
        }
    }

    /** Dates YYYY-MM-DD, each once; with {@code today}, also within a year back and two years ahead. */
    static void holidays(List<String> holidays, LocalDate today, Violations violations) {
        if (holidays == null) {
            return;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < holidays.size(); i++) {
            String field = "holidays[" + i + "]";
            LocalDate date;
            try {
                date = LocalDate.parse(holidays.get(i) == null ? "" : holidays.get(i), DATE);
            } catch (DateTimeParseException e) {
                violations.add(field, "'" + holidays.get(i) + "' is not a date YYYY-MM-DD");
                continue;
            }
            if (!seen.add(date)) {
                violations.add(field, date + " is already a holiday");
            } else if (today != null && (date.isBefore(today.minus(HOLIDAYS_BACK)) || date.isAfter(today.plus(HOLIDAYS_AHEAD)))) {
                violations.add(field, date + " must be from " + today.minus(HOLIDAYS_BACK) + " to " + today.plus(HOLIDAYS_AHEAD));
            }
        }
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
