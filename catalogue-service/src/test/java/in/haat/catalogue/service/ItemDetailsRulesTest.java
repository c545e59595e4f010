package in.haat.catalogue.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.catalogue.mapping.CatalogueItemDocument;
import in.haat.catalogue.mapping.CatalogueItemInput;
import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The details rules: name, symbol, descriptions, image URLs, and images standing in for text (Setu's rule 4). */
class ItemDetailsRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String F = "catalogue_item_details";
    private static final CatalogueItemInput.Price PRICE = new CatalogueItemInput.Price(true, null, new BigDecimal("60"),
            new BigDecimal("55"), null, null, null, BigDecimal.ZERO);

    @Test
    void imageUrlsAreAbsoluteHttpWithoutCredentials() {
        assertNull(ItemDetailsRules.imageProblem("https://cdn.example.in/item.png"));
        assertNull(ItemDetailsRules.imageProblem("http://cdn.example.in/a%20b.png"));
        assertEquals("must be an image URL, not blank", ItemDetailsRules.imageProblem(" "));
        assertEquals("must be an absolute http or https URL", ItemDetailsRules.imageProblem("/item.png"));
        assertEquals("must be an absolute http or https URL", ItemDetailsRules.imageProblem("ftp://cdn.example.in/item.png"));
        assertEquals("must be an absolute http or https URL", ItemDetailsRules.imageProblem("data:image/png;base64,AAAA"));
        assertEquals("must not carry a user name or password", ItemDetailsRules.imageProblem("https://me:secret@cdn.example.in/i.png"));
        assertEquals("must be at most 2083 characters", ItemDetailsRules.imageProblem("https://cdn.example.in/" + "a".repeat(2061)));
        assertEquals("must be an absolute http or https URL (Illegal character in path)",
                ItemDetailsRules.imageProblem("https://cdn.example.in/a b.png"));
    }

    @Test
    void withoutImagesTheTextIsRequired() {
        assertEquals(Map.of(F + ".name", "must not be blank",
                F + ".symbol", "must not be blank (an image URL; or send images, the first is taken)",
                F + ".short_description", "must not be blank", F + ".long_description", "must not be blank"),
                check(details(" ", null, null, null, List.of())));
    }

    @Test
    void imagesStandInForTheSymbolAndTheDescriptions() {
        List<Reason> reasons = new ArrayList<>();
        CatalogueItemDocument.Details stored = ItemDetailsRules.details(item(details(" Dosa ", null, null, null,
                List.of("https://cdn.example.in/1.png", "https://cdn.example.in/2.png"))), List.of("Grocery"), reasons);
        assertEquals(List.of(), reasons);
        assertEquals("Dosa", stored.name());
        assertEquals("https://cdn.example.in/1.png", stored.symbol());
    }

    @Test
    void eachBadImageIsNamedAndAtMostTwentyAreTaken() {
        assertEquals(Map.of(F + ".images[1]", "must be an absolute http or https URL", F + ".symbol", "must be an absolute http or https URL"),
                check(details("Dosa", "item.png", "s", "l", List.of("https://cdn.example.in/1.png", "2.png"))));
        assertEquals(Map.of(F + ".images", "must hold at most 20 images"),
                check(details("Dosa", null, null, null, Collections.nCopies(21, "https://cdn.example.in/1.png"))));
    }

    @Test
    void theDetailsComeUnderOneOfSetusTwoNames() {
        CatalogueItemInput.Details details = details("Dosa", "https://cdn.example.in/s.png", "s", "l", List.of());
        List<Reason> reasons = new ArrayList<>();
        assertEquals("Dosa", ItemDetailsRules.details(new CatalogueItemInput(null, null, null, details, null, null, null),
                List.of("Grocery"), reasons).name());
        assertEquals(List.of(), reasons, "catalogue_item_description, the guide's name");
        assertEquals(Map.of(F, "send catalogue_item_details or catalogue_item_description (the guide's name), not both"),
                check(new CatalogueItemInput(null, null, details, details, null, null, null)));
        assertEquals(Map.of(F, "is required"), check(new CatalogueItemInput(null, null, null, null, null, null, null)));
    }

    @Test
    void theBlocksAndThePriceAreCheckedUnderTheDetailsName() throws Exception {
        CatalogueItemInput.Details details = new CatalogueItemInput.Details("Dosa", "https://cdn.example.in/s.png", "s", "l",
                List.of(), JSON.readTree("{\"food_beverages\": {\"is_vegetarian\": \"yes\"}}"), null);
        List<Reason> reasons = new ArrayList<>();
        ItemDetailsRules.details(new CatalogueItemInput(null, null, null, details, null, null, null), List.of("F&B"), reasons);
        assertEquals(Map.of("catalogue_item_description.subcategory_specific_requirements.food_beverages.is_vegetarian", "must be true or false",
                "catalogue_item_description.price", "is required"), Reasons.byField(reasons));
    }

    @Test
    void anHsnCodeIsFourSixOrEightDigitsAndIsKept() {
        for (String good : List.of("1101", "110100", "11010000", " 1101 ")) {
            List<Reason> reasons = new ArrayList<>();
            CatalogueItemDocument.Details kept = ItemDetailsRules.details(item(hsn(good)), List.of("Grocery"), reasons);
            assertEquals(Map.of(), Reasons.byField(reasons), good);
            assertEquals(good.strip(), kept.hsnCode());
        }
        for (String bad : List.of("110", "11010", "1101000", "110100000", "11O1", "", "1101-00")) {
            assertEquals(Map.of(F + ".hsn_code", "must be an HSN code of 4, 6 or 8 digits, such as 11010000"), check(hsn(bad)), bad);
        }
        assertNull(ItemDetailsRules.details(item(hsn(null)), List.of("Grocery"), new ArrayList<>()).hsnCode(), "optional");
    }

    private static CatalogueItemInput.Details hsn(String code) {
        return new CatalogueItemInput.Details("Atta", "https://cdn.example.in/s.png", "s", "l", List.of(), null, PRICE, code);
    }

    private static Map<String, String> check(CatalogueItemInput.Details details) {
        return check(item(details));
    }

    private static Map<String, String> check(CatalogueItemInput item) {
        List<Reason> reasons = new ArrayList<>();
        ItemDetailsRules.details(item, List.of("Grocery"), reasons);
        return Reasons.byField(reasons);
    }

    private static CatalogueItemInput item(CatalogueItemInput.Details details) {
        return new CatalogueItemInput(null, null, details, null, null, null, null);
    }

    private static CatalogueItemInput.Details details(String name, String symbol, String shortText, String longText, List<String> images) {
        return new CatalogueItemInput.Details(name, symbol, shortText, longText, images, null, PRICE);
    }
}
