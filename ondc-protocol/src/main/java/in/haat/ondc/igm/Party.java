package in.haat.ondc.igm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.retail.Contact;
import in.haat.ondc.retail.Person;
import java.util.Map;

/**
 * Who acts or answers in IGM 1.0.0: {@code updated_by}, {@code complainant_info}, a respondent's organization, a GRO
 * ({@code gro_type}): the organization ({@code org.name}, "subscriber::domain"), person and contact. Fields this record
 * does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Party(
        Org org,
        Person person,
        Contact contact,
        @JsonProperty("gro_type") String groType,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Party {
        extra = Extra.of(extra);
    }

    /** An organization by name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Org(String name) {
    }
}
