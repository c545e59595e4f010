package in.haat.order.rest;

import in.haat.api.ApiError;
import in.haat.order.mapping.GstDocument;
import in.haat.order.service.TaxDocumentQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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

/**
 * The tax invoice of an order, at the URL /on_status gives the buyer app from pick-up on: PDF, or JSON when the Accept
 * header asks for it. Buyer apps carry no Haat token, so the URL holds an unguessable token of the order's own instead.
 */
@Path("/ondc/invoices/{order_id}/{token}")
@APIResponse(responseCode = "406", description = "an Accept header that names neither of the media types answered",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@Tag(name = "Invoices")
public class InvoiceResource {

    private final TaxDocumentQueries documents;

    public InvoiceResource(TaxDocumentQueries documents) {
        this.documents = documents;
    }

    @GET
    @PermitAll
    @Produces({Documents.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "An order's tax invoice for the buyer app: PDF, or JSON with Accept: application/json")
    @APIResponse(responseCode = "200", description = "the invoice", content = {
        @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GstDocument.class))})
    @APIResponse(responseCode = "404", description = "no such order, a wrong token, or not invoiced yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> invoice(@PathParam("order_id") String orderId, @PathParam("token") String token, @Context HttpHeaders headers) {
        boolean pdf = Documents.wantsPdf(headers, true);
        return documents.byToken(orderId, token).chain(d -> pdf
                ? documents.pdf(d).map(bytes -> Documents.pdf(bytes, d.number()))
                : Uni.createFrom().item(Documents.json(d)));
    }
}
