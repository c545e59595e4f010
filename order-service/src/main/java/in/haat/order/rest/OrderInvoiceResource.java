package in.haat.order.rest;

import in.haat.api.ApiError;
import in.haat.order.mapping.GstDocument;
import in.haat.order.service.TaxDocumentQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The seller's GST tax invoice of an order, as JSON or (Accept: application/pdf) PDF. */
@Path("/api/orders/{order_id}/invoice")
@APIResponse(responseCode = "401", description = "no or bad access token", content = @Content(mediaType = MediaType.APPLICATION_JSON,
        schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "missing scope", content = @Content(mediaType = MediaType.APPLICATION_JSON,
        schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "no such order, not the caller's, or not invoiced yet (the invoice is issued at pick-up)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "406", description = "an Accept header that names neither of the media types answered",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@Tag(name = "Invoices")
public class OrderInvoiceResource {

    private final TaxDocumentQueries documents;

    public OrderInvoiceResource(TaxDocumentQueries documents) {
        this.documents = documents;
    }

    @GET
    @RolesAllowed("orders:read")
    @Produces({MediaType.APPLICATION_JSON, Documents.PDF})
    @Operation(summary = "The order's GST tax invoice (issued at pick-up): JSON, or PDF with Accept: application/pdf")
    @APIResponse(responseCode = "200", description = "the invoice", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GstDocument.class)),
        @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Uni<Response> invoice(@PathParam("order_id") String orderId, @Context HttpHeaders headers) {
        return Documents.answer(documents, documents.invoice(orderId), headers);
    }
}
