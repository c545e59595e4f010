package in.haat.inventory.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Hold these items of a storefront for an order, under its reference, for at most {@code ttl}. */
@Schema(name = "NewHold")
public record NewHold(
        // A reference is a path segment too, hence the small alphabet.
        @Schema(description = "the order's or ONDC transaction's id: 1 to 200 letters, digits or . _ : -; "
                + "one hold per reference and storefront", example = "order-1001", required = true)
        @NotNull @Size(min = 1, max = 200)
        @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "may contain only letters, digits and . _ : -")
        String reference,
        @Schema(required = true, description = "1 to 100 items, each catalogue item once")
        @NotEmpty @Size(max = 100) List<@Valid @NotNull HoldLine> items,
        @Schema(type = SchemaType.STRING, description = "ISO-8601 duration the hold lasts unless committed or released "
                + "(PT1S to PT24H, default PT15M)", example = "PT15M")
        Duration ttl) {
}
