package in.haat.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The benchmarks' baseline: takes a body the way the beckn endpoints do and answers the ACK with nothing in between
 * (no signature, log, event or database), so a benchmark can tell the gateway's work from the HTTP stack's on the
 * same server in the same run. It changes nothing and answers nothing a caller could not write itself.
 */
@Path("/ondc/bare-ack")
@PermitAll
@Tag(name = "ONDC (beckn)")
public class BareAckResource {

    private static final String ACK = "{\"message\":{\"ack\":{\"status\":\"ACK\"}}}";

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Benchmark baseline: ACKs any body without checking it")
    public Uni<String> ack(byte[] body) {
        return Uni.createFrom().item(ACK);
    }
}
