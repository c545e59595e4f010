package in.haat.ondc.rsf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The message of /recon and /on_recon: the orders reconciled. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReconMessage(List<ReconOrder> orders) {

    public List<ReconOrder> orderList() {
        return orders == null ? List.of() : orders.stream().filter(java.util.Objects::nonNull).toList();
    }
}
