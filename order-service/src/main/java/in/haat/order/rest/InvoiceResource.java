package in.haat.order.rest;

import in.haat.api.ApiException;
import in.haat.order.service.Invoices;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The invoice of an order, at the URL /on_status gives the buyer app from pick-up on. Buyer apps carry no Haat token, so
 * the URL holds an unguessable token of the order's own instead.
 */
@Path("/ondc/invoices/{order_id}/{token}")
@Tag(name = "Invoices")
public class InvoiceResource {

    private final Invoices invoices;

    public InvoiceResource(Invoices invoices) {
        this.invoices = invoices;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "An order's invoice (HTML)")
    public Uni<String> invoice(@PathParam("order_id") String orderId, @PathParam("token") String token) {
        return invoices.html(orderId, token).onItem().ifNull().failWith(() -> ApiException.notFound("no invoice"));
    }
}
