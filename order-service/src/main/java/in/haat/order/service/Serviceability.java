package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;

/** Whether a seller delivers to the buyer: within its radius of the pickup point, or to one of its pincodes. */
final class Serviceability {

    private Serviceability() {
    }

    /**
     * A radius serves a buyer gps within it (a buyer without gps is left to the buyer app); a pincode list serves the
     * pincodes on it (a buyer without an area code, likewise). No serviceability given: served.
     */
    static boolean serves(JsonNode serviceability, JsonNode pickup, String buyerGps, String buyerAreaCode) {
        JsonNode radius = serviceability.path("radius");
        if (radius.isNumber()) {
            double[] buyer = gps(buyerGps);
            if (buyer == null || !pickup.path("pickup_lat").isNumber() || !pickup.path("pickup_long").isNumber()) {
                return true;
            }
            return km(pickup.path("pickup_lat").asDouble(), pickup.path("pickup_long").asDouble(), buyer[0], buyer[1]) <= radius.asDouble();
        }
        JsonNode pincodes = serviceability.path("pincodes");
        if (pincodes.isArray() && !pincodes.isEmpty() && buyerAreaCode != null && !buyerAreaCode.isBlank()) {
            for (JsonNode pincode : pincodes) {
                if (pincode.asText().equals(buyerAreaCode.strip())) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    static double[] gps(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != 2) {
            return null;
        }
        try {
            return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
