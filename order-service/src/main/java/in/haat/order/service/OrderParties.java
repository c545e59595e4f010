package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.order.mapping.GstDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is on each side of an order, as its paperwork names them: the seller (the storefront's legal entity, registered
 * address and GSTIN, from catalogue-service's storefront document) and the buyer (the Delivery's end as the buyer app
 * sent it, else the billing). Pure: read from documents.
 */
public final class OrderParties {

    private OrderParties() {
    }

    /** The seller: legal name, registered address (else the pickup address), state from the GSTIN (else the pickup state) and GSTIN. */
    public static GstDocument.Party seller(Catalogue.Storefront storefront) {
        if (storefront == null) {
            return new GstDocument.Party("", "", null, null, null);
        }
        JsonNode billing = storefront.document().path("billing_details");
        String gstin = text(billing.path("legal_details").path("gstin"));
        JsonNode registered = billing.path("registered_address");
        Catalogue.Pickup pickup = storefront.pickupDetails();
        String address;
        String stateName;
        if (registered.isObject() && registered.path("address_line_1").isTextual()) {
            address = join(text(registered.path("address_line_1")), text(registered.path("address_line_2")), text(registered.path("city")),
                    registered.path("pincode").asText(""));
            stateName = text(registered.path("state"));
        } else {
            address = join(pickup.address(), pickup.city(), pickup.pincode());
            stateName = pickup.state();
        }
        String code = GstStates.codeOfGstin(gstin);
        if (code == null) {
            code = GstStates.code(stateName);
        }
        String state = code != null ? GstStates.name(code) : blankToNull(stateName);
        return new GstDocument.Party(storefront.incorporationName(), address, state, code, gstin);
    }

    /** The buyer: the name, address and state the goods go to (the Delivery's end), else the billing's. */
    public static GstDocument.Party buyer(JsonNode order) {
        JsonNode end = delivery(order).path("end");
        JsonNode address = end.path("location").path("address");
        JsonNode billing = order.path("billing");
        if (!address.isObject()) {
            address = billing.path("address");
        }
        String name = firstText(end.path("person").path("name"), billing.path("name"), address.path("name"));
        String stateName = firstText(address.path("state"), billing.path("address").path("state"));
        String code = GstStates.code(stateName);
        return new GstDocument.Party(name, address(address), code != null ? GstStates.name(code) : blankToNull(stateName), code,
                blankToNull(text(billing.path("tax_number"))));
    }

    /** The buyer's phone for the courier: the Delivery's end contact, else the billing phone. */
    public static String buyerPhone(JsonNode order) {
        return firstText(delivery(order).path("end").path("contact").path("phone"), order.path("billing").path("phone"));
    }

    /** The order's Delivery fulfilment (its first), or a missing node. */
    public static JsonNode delivery(JsonNode order) {
        for (JsonNode f : order.path("fulfillments")) {
            if ("Delivery".equals(f.path("type").asText("Delivery"))) {
                return f;
            }
        }
        return order.path("fulfillments").path(0);
    }

    /** An ONDC address on one line: door, building, street, locality, city, area code. */
    public static String address(JsonNode a) {
        return join(text(a.path("door")), text(a.path("building")), text(a.path("street")), text(a.path("locality")), text(a.path("city")),
                text(a.path("area_code")));
    }

    static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p.strip());
            }
        }
        return String.join(", ", kept);
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n.isTextual() && !n.asText().isBlank()) {
                return n.asText();
            }
        }
        return "";
    }

    private static String text(JsonNode n) {
        return n.isValueNode() ? n.asText() : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
