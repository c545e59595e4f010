package in.haat.order.rest;

import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.order.mapping.RatingSummary;
import in.haat.order.mapping.RatingView;
import in.haat.order.service.RatingQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A storefront's ratings from buyer apps' /rating: the list and the averages per category and per item. */
@Path("/api/storefronts/{storefront_id}/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ratings")
public class RatingResource {

    private final RatingQueries queries;

    public RatingResource(RatingQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed("orders:read")
    @Operation(summary = "List a storefront's ratings, latest first")
    public Uni<Page<RatingView>> list(
            @PathParam("storefront_id") UUID storefrontId,
            @Parameter(description = "only this category: Order, Item, Fulfillment, Provider") @QueryParam("category") String category,
            @Parameter(description = "only this item's ratings") @QueryParam("item_id") String itemId,
            @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor) {
        return queries.list(storefrontId, category, itemId, PageRequest.parse(limit, cursor, RatingQueries.CURSOR_PARTS));
    }

    @GET
    @Path("/summary")
    @RolesAllowed("orders:read")
    @Operation(summary = "A storefront's rating count and average per category and per item")
    public Uni<RatingSummary> summary(@PathParam("storefront_id") UUID storefrontId) {
        return queries.summary(storefrontId);
    }
}
