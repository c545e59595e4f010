package in.haat.ondc.igm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.retail.Contact;
import java.util.List;
import java.util.Map;

/**
 * IGM 1.0.0's {@code resolution_provider}: who resolves the issue ({@code respondent_info.type}, e.g.
 * TRANSACTION-COUNTERPARTY-NP), its organization, and its support contact and grievance redressal officers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResolutionProvider(
        @JsonProperty("respondent_info") RespondentInfo respondentInfo,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ResolutionProvider {
        extra = Extra.of(extra);
    }

    /** The respondent: its type, organization and support. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RespondentInfo(
            String type,
            Party organization,
            @JsonProperty("resolution_support") Support resolutionSupport) {
    }

    /** The support contact and the GROs (each a {@link Party} with its {@code gro_type}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Support(Contact contact, List<Party> gros) {
    }
}
