package in.haat.catalogue.mapping;

import java.util.List;

/** Where buyers are served: a radius in km around the pickup point, or a list of PIN codes, never both. */
public record Serviceability(@org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) Integer radius, @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) List<Integer> pincodes) {
}
