package in.haat.auth.rest;

import in.haat.auth.service.SigningKeys;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API for signing keys: rotate now instead of waiting for the scheduled rotation. */
@Path("/admin/keys")
@Tag(name = "Admin")
@SecurityRequirement(name = "admin")
public class AdminKeyResource {

    private final SigningKeys keys;

    public AdminKeyResource(SigningKeys keys) {
        this.keys = keys;
    }

    @POST
    @Path("/rotate")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a new signing key; the old one keeps verifying until its tokens expire")
    public Uni<Map<String, String>> rotate() {
        return keys.rotate().map(key -> Map.of("kid", key.kid, "created_at", key.createdAt.toString()));
    }
}
