package in.haat.catalogue.service;

import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import in.haat.ondc.RetailDomain;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An item's sub-categories: at least one of its storefront's categories (or inside one), no blanks, no repeats. */
final class SubCategoryRules {

    /** Sub-categories that qualify an item of a storefront category and bring a mandatory statutory block. */
    static final Set<String> QUALIFIERS = Set.of("prepackaged_food", "prepackaged_commodities");

    private final List<String> storefrontCategories;

    SubCategoryRules(List<String> storefrontCategories) {
        this.storefrontCategories = List.copyOf(storefrontCategories);
    }

    /** Adds a reason for each broken rule and answers the sub-categories as sent (empty when none). */
    List<String> check(List<String> values, List<Reason> reasons) {
        if (values == null || values.isEmpty()) {
            reasons.add(new Reason("sub_categories", "must name at least one of the storefront's categories"));
            return List.of();
        }
        boolean ofStorefront = false;
        boolean broken = false;
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                reasons.add(new Reason("sub_categories[" + i + "]", "must not be blank"));
                broken = true;
            } else if (ofStorefront(value)) {
                ofStorefront = true;
            } else if (!QUALIFIERS.contains(value)) {
                reasons.add(new Reason("sub_categories[" + i + "]", "'" + value + "' is not one of the storefront's "
                        + "categories " + storefrontCategories + " nor an ONDC sub-category of their domains"));
                broken = true;
            }
        }
        if (!ofStorefront && !broken) {
            reasons.add(new Reason("sub_categories", "must name at least one of the storefront's categories"));
        }
        if (values.size() != values.stream().distinct().count()) {
            reasons.add(new Reason("sub_categories", "must not repeat a sub-category"));
        }
        // Not List.copyOf: a JSON null in the array is a reason above, not a NullPointerException here.
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    /**
     * One of the storefront's categories as written, or inside one of them: a storefront that sells a whole domain
     * (Grocery, ONDC:RET10) sells each of its ONDC sub-categories, and the domain under any of its names.
     */
    boolean ofStorefront(String value) {
        if (storefrontCategories.contains(value)) {
            return true;
        }
        Optional<RetailDomain.Match> match = RetailDomain.of(value);
        return match.isPresent() && storefrontCategories.stream().map(RetailDomain::of).flatMap(Optional::stream)
                .anyMatch(c -> c.wholeDomain() && c.domain() == match.get().domain());
    }
}
