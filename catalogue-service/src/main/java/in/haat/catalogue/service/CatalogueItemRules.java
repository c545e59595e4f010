package in.haat.catalogue.service;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import in.haat.catalogue.mapping.CatalogueItemDocument;
import in.haat.catalogue.mapping.CatalogueItemInput;
import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import in.haat.catalogue.mapping.Serviceability;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks catalogue items one by one against Setu's catalogue rules, each family of rules in a class of its own
 * ({@link SubCategoryRules}, {@link ItemDetailsRules}, {@link StatutoryRules}, {@link PriceRules},
 * {@link InventoryRules}, {@link ItemPolicyRules}); this class reads the item, checks its id and serviceability and
 * makes the outcome. Pure and thread-safe: bulk calls run it on a worker thread, away from the event loop.
 */
public final class CatalogueItemRules {

    /** What the rules need to know about the storefront the items are for. */
    public record StorefrontFacts(List<String> categories, boolean hasCoordinates) {
    }

    private final ObjectMapper mapper;
    private final StorefrontFacts storefront;
    private final SubCategoryRules subCategories;
    private final Map<UUID, Integer> seen = new HashMap<>();

    /** One instance per bulk call: it remembers the ids already seen to refuse duplicates. */
    public CatalogueItemRules(ObjectMapper mapper, StorefrontFacts storefront) {
        this.mapper = mapper;
        this.storefront = storefront;
        this.subCategories = new SubCategoryRules(storefront.categories());
    }

    public List<ItemOutcome> checkAll(JsonNode items) {
        List<ItemOutcome> outcomes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            outcomes.add(check(i, items.get(i)));
        }
        return outcomes;
    }

    ItemOutcome check(int position, JsonNode raw) {
        List<Reason> reasons = new ArrayList<>();
        if (raw == null || !raw.isObject()) {
            return ItemOutcome.rejected(position, null, List.of(new Reason(null, "must be a JSON object")));
        }
        String rawId = raw.path("catalogue_item_id").isTextual() ? raw.path("catalogue_item_id").asText() : null;
        CatalogueItemInput item;
        try {
            item = mapper.treeToValue(raw, CatalogueItemInput.class);
        } catch (DatabindException e) {
            return ItemOutcome.rejected(position, rawId, List.of(wrongShape(e)));
        } catch (Exception e) {
            return ItemOutcome.rejected(position, rawId, List.of(new Reason(null, "could not be read")));
        }
        UUID id = id(item.catalogueItemId(), position, reasons);
        List<String> categories = subCategories.check(item.subCategories(), reasons);
        CatalogueItemDocument.Details details = ItemDetailsRules.details(item, categories, reasons);
        CatalogueItemInput.Inventory inventory = InventoryRules.inventory(item.inventory(), reasons);
        CatalogueItemDocument.Policies policies = ItemPolicyRules.policies(item.itemPolicies(), reasons);
        Serviceability serviceability = item.serviceability();
        if (serviceability != null) {
            serviceability(serviceability, reasons);
        }
        if (!reasons.isEmpty()) {
            return ItemOutcome.rejected(position, rawId, reasons);
        }
        return ItemOutcome.accepted(position, id,
                new CatalogueItemDocument(categories, details, inventory, policies, serviceability));
    }

    /** An item's own serviceability: the storefront's rules, and a radius only around a storefront with coordinates. */
    private void serviceability(Serviceability serviceability, List<Reason> reasons) {
        Violations violations = new Violations();
        StorefrontRules.serviceability(serviceability, "serviceability", violations);
        violations.details().forEach(d -> reasons.add(new Reason(d.field(), d.message())));
        if (serviceability.radius() != null && !storefront.hasCoordinates()) {
            reasons.add(new Reason("serviceability.radius",
                    "needs the storefront's pickup_lat and pickup_long; use pincodes or set them first"));
        }
    }

    private UUID id(String value, int position, List<Reason> reasons) {
        if (value == null || value.isBlank()) {
            reasons.add(new Reason("catalogue_item_id", "is required"));
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            reasons.add(new Reason("catalogue_item_id", "must be a UUID"));
            return null;
        }
        Integer first = seen.putIfAbsent(id, position);
        if (first != null) {
            reasons.add(new Reason("catalogue_item_id", "repeats the item at position " + first + " of this request"));
        }
        return id;
    }

    /** Jackson read the item but a value had the wrong type: name the field by its JSON path. */
    static Reason wrongShape(DatabindException e) {
        StringBuilder path = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
        }
        String expected = "has a value of the wrong type";
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            expected = type == String.class ? "must be a string"
                    : type == Boolean.class ? "must be true or false"
                    : type == Integer.class ? "must be an integer"
                    : Number.class.isAssignableFrom(type) ? "must be a number"
                    : List.class.isAssignableFrom(type) ? "must be an array"
                    : "must be an object";
        }
        return new Reason(path.isEmpty() ? null : path.toString(), expected);
    }
}
