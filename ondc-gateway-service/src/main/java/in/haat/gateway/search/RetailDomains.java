package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.RetailDomain;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * ONDC retail domains (RESEARCH.md 1.1) of a storefront: the {@code domains} its event carries, else those its
 * categories name as a whole (a domain code, or a name such as "F&B" or "Grocery": ondc-protocol's {@link RetailDomain}
 * table). A category that names no domain adds none, and a storefront with no domain is listed in no search (every
 * ONDC search names its domain).
 */
public final class RetailDomains {

    private RetailDomains() {
    }

    /** The storefront's domains, in the order given. */
    public static List<String> of(JsonNode storefront) {
        Set<String> domains = new LinkedHashSet<>();
        if (storefront.path("domains").isArray() && !storefront.path("domains").isEmpty()) {
            storefront.path("domains").forEach(d -> RetailDomain.ofCode(d.asText()).ifPresent(domain -> domains.add(domain.code())));
            return List.copyOf(domains);
        }
        storefront.path("categories").forEach(c -> RetailDomain.of(c.asText()).filter(RetailDomain.Match::wholeDomain)
                .ifPresent(match -> domains.add(match.domain().code())));
        return List.copyOf(domains);
    }
}
