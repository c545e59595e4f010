package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The orders whose shipping labels to print in one PDF, a page each, in this order. */
public record LabelBatch(
        @Schema(description = "1 to 50 order ids of the caller's; a repeated id is printed once", required = true)
        @JsonProperty("order_ids") List<String> orderIds) {
}
