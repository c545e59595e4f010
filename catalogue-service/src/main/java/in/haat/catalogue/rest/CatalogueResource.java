package in.haat.catalogue.rest;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.api.ApiError;
import in.haat.api.ApiException;
import in.haat.api.IdempotentRequests;
import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.catalogue.mapping.CatalogueItemView;
import in.haat.catalogue.mapping.CatalogueJobView;
import in.haat.catalogue.service.CatalogueService;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A storefront's catalogue on Setu's OpenAPI paths ({@code /api/storefronts/{id}/catalogue}), the form we answer
 * with; {@link CatalogueGuidePaths} accepts the guide's {@code /api/storefront/{id}/catalogue} too.
 */
@Path("/api/storefronts/{storefront_id}/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
@APIResponse(responseCode = "400", description = "invalid request", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "401", description = "no or bad access token", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "missing scope", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "no such storefront (or item, or job), or not the caller's", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class CatalogueResource {


    /** One entry of a delete call. */
    @Schema(name = "CatalogueItemReference")
    public record ItemReference(@com.fasterxml.jackson.annotation.JsonProperty("catalogue_item_id") UUID catalogueItemId) {
    }

    /** A page of catalogue items, named for OpenAPI. */
    @Schema(name = "CatalogueItemPage")
    public record ItemPage(List<CatalogueItemView> items,
            @Schema(nullable = true) @com.fasterxml.jackson.annotation.JsonProperty("next_cursor") String nextCursor) {
    }

    private final CatalogueService catalogue;
    private final IdempotentRequests idempotent;

    private final long maxItemBytes;

    public CatalogueResource(CatalogueService catalogue, IdempotentRequests idempotent,
            @ConfigProperty(name = "haat.catalogue.max-item-size", defaultValue = "256K") MemorySize maxItemSize) {
        this.catalogue = catalogue;
        this.idempotent = idempotent;
        this.maxItemBytes = maxItemSize.asLongValue();
    }

    @PUT
    @RolesAllowed("catalogue:write")
    @Operation(summary = "Add or update catalogue items in bulk (a new catalogue_item_id adds, a known one updates)",
            description = "Every item is checked on its own: a bad item is rejected with its reasons and the others are "
                    + "still written. The answer (202) is the finished job with its counts; its per-item results are at "
                    + "results_url. Up to 10,000 items per call. An item sent again exactly as stored is accepted and "
                    + "left as it is: its updated_at stays and buyer apps see no change.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = in.haat.catalogue.mapping.CatalogueItemInput.class)))
    @APIResponse(responseCode = "202", description = "the job, with counts; Location names it",
            content = @Content(schema = @Schema(implementation = CatalogueJobView.class)))
    @APIResponse(responseCode = "413", description = "the body, or one item, is too large (an item must fit in one event)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> upsert(@PathParam("storefront_id") UUID storefrontId, JsonNode items,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        catalogue.requireItems(items);
        ItemSizeLimit.requireEachFits(items, maxItemBytes);
        String path = "/api/storefronts/" + storefrontId + "/catalogue";
        return catalogue.check(storefrontId, items)
                .chain(outcomes -> idempotent.once(idempotencyKey, "PUT", path, items,
                        () -> catalogue.upsert(storefrontId, outcomes).map(CatalogueResource::accepted)));
    }

    @DELETE
    @RolesAllowed("catalogue:write")
    @Operation(summary = "Delete catalogue items in bulk: [{\"catalogue_item_id\": ...}]",
            description = "Answers 202 with the finished job; an id that is not in the storefront is a rejected result, not an error.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ItemReference.class)))
    @APIResponse(responseCode = "202", description = "the job, with counts",
            content = @Content(schema = @Schema(implementation = CatalogueJobView.class)))
    public Uni<Response> delete(@PathParam("storefront_id") UUID storefrontId, JsonNode items) {
        return catalogue.delete(storefrontId, items).map(CatalogueResource::accepted);
    }

    @GET
    @RolesAllowed("catalogue:read")
    @Operation(summary = "List the storefront's catalogue items in id order, paged with limit and cursor")
    @APIResponse(responseCode = "200", description = "a page of items", content = @Content(schema = @Schema(implementation = ItemPage.class)))
    public Uni<Page<CatalogueItemView>> list(@PathParam("storefront_id") UUID storefrontId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor, 1);
        return catalogue.list(storefrontId, page.first() ? null : page.uuidAt(0), page.fetchSize())
                .map(rows -> Page.of(rows, page, item -> item, item -> PageRequest.cursor(item.catalogueItemId().toString())));
    }

    @GET
    @Path("/{catalogue_item_id}")
    @RolesAllowed("catalogue:read")
    @Operation(summary = "Get one catalogue item")
    @APIResponse(responseCode = "200", description = "the item", content = @Content(schema = @Schema(implementation = CatalogueItemView.class)))
    public Uni<CatalogueItemView> get(@PathParam("storefront_id") UUID storefrontId,
            @PathParam("catalogue_item_id") UUID catalogueItemId) {
        return catalogue.find(storefrontId, catalogueItemId);
    }

    @GET
    @Path("/jobs/{job_id}")
    @RolesAllowed("catalogue:read")
    @Operation(summary = "A bulk job with its counts and one page of per-item results (filter with outcome=accepted|rejected)")
    @APIResponse(responseCode = "200", description = "the job", content = @Content(schema = @Schema(implementation = CatalogueJobView.class)))
    public Uni<CatalogueJobView> job(@PathParam("storefront_id") UUID storefrontId, @PathParam("job_id") UUID jobId,
            @QueryParam("outcome") String outcome, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        if (outcome != null && !outcome.equals("accepted") && !outcome.equals("rejected")) {
            throw ApiException.invalid("outcome", "must be accepted or rejected");
        }
        PageRequest page = PageRequest.parse(limit, cursor, 1);
        int after = -1;
        if (!page.first()) {
            try {
                after = Integer.parseInt(page.after().get(0));
            } catch (NumberFormatException e) {
                throw ApiException.invalid("cursor", "is not a cursor this endpoint returned");
            }
        }
        return catalogue.job(storefrontId, jobId, outcome, after, page.fetchSize());
    }

    private static Response accepted(CatalogueJobView job) {
        return Response.accepted(job).location(URI.create(CatalogueService.resultsUrl(job))).build();
    }
}
