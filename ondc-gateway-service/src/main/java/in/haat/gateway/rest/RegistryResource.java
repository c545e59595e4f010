package in.haat.gateway.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.gateway.beckn.OwnKeys;
import in.haat.gateway.config.BecknConfig;
import in.haat.gateway.signing.RegistryCrypto;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * What the ONDC registry needs of us: our registry entry (public), the /on_subscribe challenge answer, and
 * ondc-site-verification.html with our signature of the subscribe request_id.
 */
@Path("/")
@PermitAll
@Tag(name = "ONDC registry")
public class RegistryResource {

    private static final Logger LOG = Logger.getLogger(RegistryResource.class);

    private final BecknConfig config;
    private final OwnKeys ownKeys;

    public RegistryResource(BecknConfig config, OwnKeys ownKeys) {
        this.config = config;
        this.ownKeys = ownKeys;
    }

    /** The registry's challenge. */
    public record Challenge(@JsonProperty("subscriber_id") String subscriberId, String challenge) {
    }

    @GET
    @Path("ondc/registry-entry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Our entry for the ONDC registry: subscriber id and URL, key id, public keys")
    public Uni<Map<String, String>> registryEntry() {
        return ownKeys.keys().map(keys -> Map.of(
                "subscriber_id", config.bppId(),
                "subscriber_url", config.bppUri(),
                "type", "sellerApp",
                "unique_key_id", keys.uniqueKeyId(),
                "signing_public_key", keys.signingPublicKey(),
                "encr_public_key", keys.encryptionPublicKey()));
    }

    @POST
    @Path("on_subscribe")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the registry's encrypted challenge (X25519 shared key, AES-256-ECB)")
    public Uni<Response> onSubscribe(Challenge challenge) {
        if (challenge == null || challenge.challenge() == null || !config.bppId().equals(challenge.subscriberId())) {
            return Uni.createFrom().item(Response.status(400).entity(Map.of("error", "subscriber_id and challenge are required")).build());
        }
        return ownKeys.keys().map(keys -> {
            try {
                byte[] shared = RegistryCrypto.sharedKey(keys.encryptionPrivatePkcs8(), config.registryEncryptionPublicKey());
                return Response.ok(Map.of("answer", RegistryCrypto.decryptChallenge(shared, challenge.challenge()))).build();
            } catch (Exception e) {
                LOG.warnf("could not answer the registry challenge: %s", e.toString());
                return Response.status(400).entity(Map.of("error", "the challenge could not be decrypted")).build();
            }
        });
    }

    @GET
    @Path("ondc-site-verification.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Site verification: our signature of the subscribe request_id")
    public Uni<String> siteVerification() {
        return ownKeys.keys().map(keys -> "<html><head><meta name='ondc-site-verification' content='"
                + keys.signer(config.bppId()).sign(config.subscribeRequestId()) + "' /></head><body>ONDC Site Verification Page</body></html>");
    }
}
