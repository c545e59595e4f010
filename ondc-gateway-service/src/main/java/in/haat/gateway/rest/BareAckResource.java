package in.haat.gateway.rest;

import in.haat.gateway.config.BecknConfig;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The benchmarks' baseline: takes a body the way the beckn endpoints do and answers the ACK with nothing in between
 * (no signature, log, event or database), so a benchmark can tell the gateway's work from the HTTP stack's on the
 * same server in the same run. It changes nothing and answers nothing a caller could not write itself; still, it
 * answers only where {@code haat.ondc.bare-ack-enabled} is true ({@code ./haat up} sets it), so a production edge
 * exposes no endpoint that accepts anything, and elsewhere it is a 404 like any unknown path.
 */
@Path("/ondc/bare-ack")
@PermitAll
@Tag(name = "ONDC (beckn)")
public class BareAckResource {

    private static final String ACK = "{\"message\":{\"ack\":{\"status\":\"ACK\"}}}";

    private final boolean enabled;

    public BareAckResource(BecknConfig config) {
        this.enabled = config.bareAckEnabled();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Benchmark baseline: ACKs any body without checking it")
    public Uni<String> ack(byte[] body) {
        if (!enabled) {
            return Uni.createFrom().failure(new NotFoundException());
        }
        return Uni.createFrom().item(ACK);
    }
}
