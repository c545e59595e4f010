package in.haat.order.rest;

import in.haat.api.ApiError;
import in.haat.order.mapping.LabelBatch;
import in.haat.order.service.Labels;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shipping labels (PDF, a 4 x 6 inch page per order): one order's, or many orders' in one PDF, all of them or none. */
@Path("/api/orders")
@Produces(Documents.PDF)
@APIResponse(responseCode = "200", description = "the labels, a page per order",
        content = @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
@APIResponse(responseCode = "401", description = "no or bad access token",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "missing scope",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "an order that does not exist or is not the caller's (nothing printed)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "409", description = "a cancelled order, or an order id a Code 128 barcode cannot carry (nothing printed)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "406", description = "an Accept header that names neither of the media types answered",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@Tag(name = "Labels")
public class LabelResource {

    private final Labels labels;

    public LabelResource(Labels labels) {
        this.labels = labels;
    }

    @GET
    @Path("/{order_id}/label")
    @RolesAllowed("orders:read")
    @Operation(summary = "The order's shipping label")
    public Uni<Response> label(@PathParam("order_id") String orderId) {
        return labels.pdf(List.of(orderId)).map(bytes -> Documents.pdf(bytes, "label-" + orderId));
    }

    @POST
    @Path("/labels")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("orders:read")
    @Operation(summary = "Many orders' shipping labels in one PDF, a page per order in the order given (1 to 50 orders)")
    @APIResponse(responseCode = "400", description = "no order ids, more than 50, or an empty one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> labels(LabelBatch body) {
        return labels.pdf(body == null ? null : body.orderIds()).map(bytes -> Documents.pdf(bytes, "labels"));
    }
}
