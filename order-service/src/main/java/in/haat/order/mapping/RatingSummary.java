package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.order.repository.RatingRepository.Average;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/** A storefront's ratings in sum: how many and their mean (two decimals) per category, and per item. */
public record RatingSummary(
        @JsonProperty("storefront_id") UUID storefrontId,
        List<Mean> categories,
        List<Mean> items) {

    /** How many ratings one category (or one item) has, and their mean. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mean(String category, @JsonProperty("item_id") String itemId, long count, BigDecimal average) {

        static Mean of(Average a) {
            return new Mean(a.category().code(), a.ratedId(), a.count(), BigDecimal.valueOf(a.average()).setScale(2, RoundingMode.HALF_UP));
        }
    }

    public static RatingSummary of(UUID storefrontId, List<Average> categories, List<Average> items) {
        return new RatingSummary(storefrontId, categories.stream().map(Mean::of).toList(), items.stream().map(Mean::of).toList());
    }
}
