package in.haat.catalogue.service;

import in.haat.catalogue.mapping.CatalogueItemDocument;
import in.haat.catalogue.mapping.CatalogueItemInput;
import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * An item's details: name, symbol, descriptions and images (Setu's guide, rule 4: images may stand in for text the
 * seller only has on the pack), then its statutory blocks and price by their own rules.
 */
final class ItemDetailsRules {

    /** Setu's limit for an image URL (CatalogueItemDetailsDTO.images maxLength), also the common browser limit. */
    static final int MAX_URL_LENGTH = 2083;
    static final int MAX_IMAGES = 20;
    private static final java.util.regex.Pattern HSN = java.util.regex.Pattern.compile("[0-9]{4}|[0-9]{6}|[0-9]{8}");

    private ItemDetailsRules() {
    }

    /** The details as stored, under either of Setu's names for them; null when missing or sent twice. */
    static CatalogueItemDocument.Details details(CatalogueItemInput item, List<String> subCategories, List<Reason> reasons) {
        CatalogueItemInput.Details d = item.details() != null ? item.details() : item.description();
        String field = item.details() != null ? "catalogue_item_details" : "catalogue_item_description";
        if (item.details() != null && item.description() != null) {
            reasons.add(new Reason("catalogue_item_details",
                    "send catalogue_item_details or catalogue_item_description (the guide's name), not both"));
            return null;
        }
        if (d == null) {
            reasons.add(new Reason("catalogue_item_details", "is required"));
            return null;
        }
        required(d.name(), field + ".name", reasons);
        List<String> images = d.images() == null ? List.of() : d.images().stream().toList();
        if (images.size() > MAX_IMAGES) {
            reasons.add(new Reason(field + ".images", "must hold at most " + MAX_IMAGES + " images"));
        }
        for (int i = 0; i < images.size(); i++) {
            String problem = imageProblem(images.get(i));
            if (problem != null) {
                reasons.add(new Reason(field + ".images[" + i + "]", problem));
            }
        }
        // Setu's guide (rule 4): text a seller only has on the pack may come as images instead.
        boolean imagesStandIn = !images.isEmpty();
        String symbol = d.symbol();
        if ((symbol == null || symbol.isBlank()) && imagesStandIn) {
            symbol = images.getFirst();
        } else if (symbol == null || symbol.isBlank()) {
            reasons.add(new Reason(field + ".symbol", "must not be blank (an image URL; or send images, the first is taken)"));
        } else if (imageProblem(symbol) != null) {
            reasons.add(new Reason(field + ".symbol", imageProblem(symbol)));
        }
        if (!imagesStandIn) {
            required(d.shortDescription(), field + ".short_description", reasons);
            required(d.longDescription(), field + ".long_description", reasons);
        }
        StatutoryRules.requirements(d.subcategorySpecificRequirements(), subCategories, imagesStandIn,
                field + ".subcategory_specific_requirements", reasons);
        CatalogueItemDocument.Price price = PriceRules.price(d.price(), field + ".price", reasons);
        String hsn = d.hsnCode() == null ? null : d.hsnCode().strip();
        // GST invoices show HSN at 4, 6 or 8 digits (by turnover and for exports); other lengths are typos.
        if (hsn != null && !HSN.matcher(hsn).matches()) {
            reasons.add(new Reason(field + ".hsn_code", "must be an HSN code of 4, 6 or 8 digits, such as 11010000"));
        }
        return new CatalogueItemDocument.Details(d.name() == null ? null : d.name().strip(), symbol,
                d.shortDescription(), d.longDescription(), images, d.subcategorySpecificRequirements(), price, hsn);
    }

    /** Why a value is not an image URL a buyer app can fetch; null when it is one. */
    static String imageProblem(String value) {
        if (value == null || value.isBlank()) {
            return "must be an image URL, not blank";
        }
        if (value.length() > MAX_URL_LENGTH) {
            return "must be at most " + MAX_URL_LENGTH + " characters";
        }
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return "must be an absolute http or https URL";
            }
            if (uri.getRawUserInfo() != null) {
                // Buyer apps show these URLs to everyone: credentials in them would leak.
                return "must not carry a user name or password";
            }
            return null;
        } catch (URISyntaxException e) {
            return "must be an absolute http or https URL (" + e.getReason() + ")";
        }
    }

    private static void required(String value, String field, List<Reason> reasons) {
        if (value == null || value.isBlank()) {
            reasons.add(new Reason(field, "must not be blank"));
        }
    }
}
