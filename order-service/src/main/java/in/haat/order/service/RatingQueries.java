package in.haat.order.service;

import in.haat.api.ApiException;
import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.order.RatingCategory;
import in.haat.order.mapping.RatingSummary;
import in.haat.order.mapping.RatingView;
import in.haat.order.repository.RatingRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads a storefront's ratings for the seller API, only for callers that may act for its seller. */
@ApplicationScoped
public class RatingQueries {

    /** A rating cursor holds the last row's updated_at and id. */
    public static final int CURSOR_PARTS = 2;

    private final RatingRepository ratings;
    private final StorefrontAccess access;

    public RatingQueries(RatingRepository ratings, StorefrontAccess access) {
        this.ratings = ratings;
        this.access = access;
    }

    @WithSession
    public Uni<Page<RatingView>> list(UUID storefrontId, String category, String itemId, PageRequest page) {
        RatingCategory wanted = category(category);
        String rated = itemId == null || itemId.isBlank() ? null : itemId.strip();
        if (rated != null && wanted == null) {
            wanted = RatingCategory.ITEM;
        }
        RatingCategory which = wanted;
        return access.require(storefrontId).chain(() -> ratings.page(storefrontId, which, rated, page))
                .map(rows -> Page.of(rows, page, RatingView::of, last -> PageRequest.cursor(last.updatedAt.toString(), last.id.toString())));
    }

    @WithSession
    public Uni<RatingSummary> summary(UUID storefrontId) {
        return access.require(storefrontId).chain(() -> ratings.byCategory(storefrontId))
                .chain(categories -> ratings.byItem(storefrontId).map(items -> RatingSummary.of(storefrontId, categories, items)));
    }

    private static RatingCategory category(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        return RatingCategory.of(category).orElseThrow(() -> ApiException.invalid("category", "must be one of "
                + Arrays.stream(RatingCategory.values()).map(RatingCategory::code).collect(Collectors.joining(", "))));
    }
}
