package in.haat.catalogue.mapping;

import java.util.List;

/** Where buyers are served: a radius in km around the pickup point, or a list of PIN codes, never both. */
public record Serviceability(Integer radius, List<Integer> pincodes) {
}
