package in.haat.ondc.igm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.ondc.retail.Price;
import java.util.List;

/**
 * IGM 1.0.0's online dispute resolution provider ({@code ODR}): its name, what it does, where the buyer reaches it,
 * what it charges and how its resolutions are rated (all five required by IGM's schema).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Odr(String name, @JsonProperty("short_desc") String shortDesc, String url,
        @JsonProperty("pricing_model") PricingModel pricingModel, @JsonProperty("resolution_ratings") Rating resolutionRatings) {

    /** What the ODR charges: a price and a word on it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PricingModel(Price price, @JsonProperty("pricing_info") String pricingInfo) {
    }

    /** How the ODR's past resolutions are rated. */
    public record Rating(String value) {
    }

    /** IGM 1.0.0's {@code selected_odrs_info} entry: the respondent that selected them and the ODRs it selected. */
    public record Selected(@JsonProperty("respondent_info") Party respondentInfo, List<Odr> odrs) {
    }
}
