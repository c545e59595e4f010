package in.haat.auth.service;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scopes Haat's seller API knows, and how a requested scope string narrows a client's scopes. */
public final class Scopes {

    public static final List<String> SUPPORTED = List.of("sellers:read", "sellers:write", "catalogue:read",
            "catalogue:write", "inventory:read", "inventory:write", "orders:read", "orders:write");

    private Scopes() {
    }

    /** The requested scopes if all are allowed, all allowed ones if none were requested; else {@code invalid_scope}. */
    public static Set<String> grant(String requested, Set<String> allowed) {
        if (requested == null || requested.isBlank()) {
            return allowed;
        }
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(requested.trim().split(" +")));
        if (!allowed.containsAll(wanted)) {
            wanted.removeAll(allowed);
            throw OAuthException.invalidScope("not allowed for this client: " + String.join(" ", wanted));
        }
        return wanted;
    }
}
