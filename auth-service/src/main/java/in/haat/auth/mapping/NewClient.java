package in.haat.auth.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.auth.ClientKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** What the admin sends to register an API client. */
public record NewClient(
        @NotNull ClientKind kind,
        @NotBlank @Size(max = 200) String name,
        @JsonProperty("partner_id") @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String partnerId,
        @JsonProperty("seller_id") UUID sellerId,
        @NotEmpty List<@NotBlank String> scopes,
        @JsonProperty("redirect_uris") List<@NotBlank @Size(max = 2000) String> redirectUris) {
}
