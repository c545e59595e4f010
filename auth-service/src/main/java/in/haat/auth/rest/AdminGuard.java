package in.haat.auth.rest;

import in.haat.auth.config.AuthConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Lets only the holder of the configured admin credential reach {@code /admin}; without one configured the admin API is off. */
public class AdminGuard {

    private final Optional<byte[]> adminToken;

    public AdminGuard(AuthConfig config) {
        this.adminToken = config.adminToken().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter
    public Optional<Response> guard(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/admin")) {
            return Optional.empty();
        }
        if (adminToken.isEmpty()) {
            return Optional.of(AdminErrors.response(503, "ADMIN_API_DISABLED",
                    "the admin API is off: set HAAT_AUTH_ADMIN_TOKEN to switch it on"));
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean ok = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(adminToken.get(), header.substring(7).trim().getBytes(StandardCharsets.UTF_8));
        if (ok) {
            return Optional.empty();
        }
        Response denied = AdminErrors.response(401, "UNAUTHORIZED", "the admin credential is missing or wrong");
        denied.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"haat-admin\"");
        return Optional.of(denied);
    }
}
