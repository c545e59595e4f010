package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bulk catalogue call (upsert or delete) and its counts; when read back it carries one page of its per-item
 * results ({@code results}, paged with {@code limit} and {@code cursor}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogueJobView(
        @JsonProperty("job_id") UUID jobId,
        @JsonProperty("storefront_id") UUID storefrontId,
        @Schema(enumeration = { "upsert", "delete" }) String kind,
        @Schema(enumeration = { "completed" }) String status,
        int received,
        int accepted,
        int rejected,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("completed_at") Instant completedAt,
        @JsonProperty("results_url") String resultsUrl,
        Results results) {

    /** One page of per-item results. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CatalogueJobResults")
    public record Results(List<Result> items, @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) @JsonProperty("next_cursor") String nextCursor) {
    }

    /** What became of the item at {@code position} (0-based) of the request body. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CatalogueJobResult")
    public record Result(
            int position,
            @JsonProperty("catalogue_item_id") String catalogueItemId,
            @Schema(enumeration = { "accepted", "rejected" }) String outcome,
            List<Reason> reasons) {
    }

    /** Why an item was rejected: the field by its JSON path inside the item, and the rule it broke. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CatalogueJobReason")
    public record Reason(String field, String message) {
    }
}
