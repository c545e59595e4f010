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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The seller's GST credit notes of an order, each as JSON or (Accept: application/pdf) PDF. */
@Path("/api/orders/{order_id}/credit-notes")
@APIResponse(responseCode = "401", description = "no or bad access token", content = @Content(mediaType = MediaType.APPLICATION_JSON,
        schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "missing scope", content = @Content(mediaType = MediaType.APPLICATION_JSON,
        schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "no such order, not the caller's, or no such credit note",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "406", description = "an Accept header that names neither of the media types answered",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@Tag(name = "Invoices")
public class CreditNoteResource {

    private final TaxDocumentQueries documents;

    public CreditNoteResource(TaxDocumentQueries documents) {
        this.documents = documents;
    }

    @GET
    @RolesAllowed("orders:read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The order's credit notes (RTO, returns refunded after invoicing), oldest first")
    @APIResponse(responseCode = "200", description = "the credit notes; none: an empty list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GstDocument.class)))
    public Uni<List<GstDocument>> creditNotes(@PathParam("order_id") String orderId) {
        return documents.creditNotes(orderId);
    }

    @GET
    @Path("/{number: .+}")
    @RolesAllowed("orders:read")
    @Produces({MediaType.APPLICATION_JSON, Documents.PDF})
    @Operation(summary = "One credit note by its number (CN/26-27/000001, URL-encoded: CN%2F26-27%2F000001)")
    @APIResponse(responseCode = "200", description = "the credit note", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GstDocument.class)),
        @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Uni<Response> creditNote(@PathParam("order_id") String orderId, @PathParam("number") String number, @Context HttpHeaders headers) {
        return Documents.answer(documents, documents.creditNote(orderId, number), headers);
    }
}
