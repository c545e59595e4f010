package in.haat.auth.rest;

import in.haat.auth.service.OAuthException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads OAuth form parameters (and the authorization endpoint's query) ourselves, strictly: a field without a
 * name, a broken percent-escape or a NUL character is an {@code invalid_request} (RFC 6749 section 5.2), not an
 * exception of the framework's form reader; and no parameter may repeat (section 3.2).
 */
final class Forms {

    private Forms() {
    }

    /** Parses {@code application/x-www-form-urlencoded} text (a body or a raw query); null is an empty form. */
    static MultivaluedMap<String, String> parse(String encoded) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return form;
        }
        for (String pair : encoded.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (name.isEmpty()) {
                throw OAuthException.invalidRequest("a form field has no name");
            }
            form.add(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return form;
    }

    private static String decode(String text) {
        String decoded;
        try {
            decoded = URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("the form is not validly percent-encoded");
        }
        if (decoded.indexOf('\0') >= 0) {
            throw OAuthException.invalidRequest("form fields must not contain the NUL character");
        }
        return decoded;
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
