package in.haat.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a partner sends to register a seller. */
public record NewSeller(
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 320) @JsonProperty("contact_email") String contactEmail) {
}
