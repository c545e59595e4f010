package in.haat.auth.rest;

import in.haat.auth.service.OAuthException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads OAuth form parameters, which RFC 6749 section 3.2 says must not repeat. */
final class Forms {

    private Forms() {
    }

    static String single(MultivaluedMap<String, String> form, String name) {
        List<String> values = form == null ? null : form.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw OAuthException.invalidRequest(name + " must not be repeated");
        }
        return values.get(0);
    }

    static Map<String, String> flatten(MultivaluedMap<String, String> form) {
        Map<String, String> flat = new HashMap<>();
        if (form != null) {
            for (String name : form.keySet()) {
                flat.put(name, single(form, name));
            }
        }
        return flat;
    }
}
