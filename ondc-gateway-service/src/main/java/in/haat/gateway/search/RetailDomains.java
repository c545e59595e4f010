package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ONDC retail domains (RESEARCH.md 1.1) of a storefront: the {@code domains} its event carries, else those of its
 * Setu categories ("F&B" is ONDC:RET11, "Grocery" ONDC:RET10, ...). A category this table does not know names no
 * domain, and a storefront with no domain is listed in no search (every ONDC search names its domain).
 */
public final class RetailDomains {

    private static final Pattern DOMAIN = Pattern.compile("ONDC:RET1[0-9A-D]");
    private static final Map<String, String> BY_CATEGORY = Map.ofEntries(
            Map.entry("grocery", "ONDC:RET10"),
            Map.entry("f&b", "ONDC:RET11"), Map.entry("food & beverages", "ONDC:RET11"), Map.entry("food and beverages", "ONDC:RET11"),
            Map.entry("fashion", "ONDC:RET12"),
            Map.entry("bpc", "ONDC:RET13"), Map.entry("beauty & personal care", "ONDC:RET13"), Map.entry("beauty and personal care", "ONDC:RET13"),
            Map.entry("electronics", "ONDC:RET14"),
            Map.entry("appliances", "ONDC:RET15"),
            Map.entry("home & kitchen", "ONDC:RET16"), Map.entry("home and kitchen", "ONDC:RET16"), Map.entry("home & decor", "ONDC:RET16"),
            Map.entry("toys & games", "ONDC:RET17"), Map.entry("toys and games", "ONDC:RET17"),
            Map.entry("agriculture", "ONDC:RET18"),
            Map.entry("health & wellness", "ONDC:RET19"), Map.entry("health and wellness", "ONDC:RET19"), Map.entry("pharma", "ONDC:RET19"),
            Map.entry("autoparts & components", "ONDC:RET1A"), Map.entry("auto components & accessories", "ONDC:RET1A"),
            Map.entry("hardware & industrial", "ONDC:RET1B"), Map.entry("hardware and industrial equipment", "ONDC:RET1B"),
            Map.entry("building & construction supplies", "ONDC:RET1C"), Map.entry("building and construction supplies", "ONDC:RET1C"),
            Map.entry("chemicals", "ONDC:RET1D"));

    private RetailDomains() {
    }

    /** The storefront's domains, in the order given. */
    public static List<String> of(JsonNode storefront) {
        Set<String> domains = new LinkedHashSet<>();
        if (storefront.path("domains").isArray() && !storefront.path("domains").isEmpty()) {
            storefront.path("domains").forEach(d -> {
                if (DOMAIN.matcher(d.asText()).matches()) {
                    domains.add(d.asText());
                }
            });
            return List.copyOf(domains);
        }
        storefront.path("categories").forEach(c -> {
            String category = c.asText().strip();
            if (DOMAIN.matcher(category).matches()) {
                domains.add(category);
            } else if (BY_CATEGORY.containsKey(category.toLowerCase(Locale.ROOT))) {
                domains.add(BY_CATEGORY.get(category.toLowerCase(Locale.ROOT)));
            }
        });
        return List.copyOf(domains);
    }
}
