package in.haat.ondc.rsf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One order of /recon (the collector's figures) or /on_recon (the receiver's, with {@code recon_accord}: true when it
 * agrees every amount, false when it disputes them and states its own).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReconOrder(
        String id,
        Amount amount,
        @JsonProperty("recon_accord") Boolean reconAccord,
        List<ReconSettlement> settlements) {

    public List<ReconSettlement> settlementList() {
        return settlements == null ? List.of() : settlements.stream().filter(java.util.Objects::nonNull).toList();
    }
}
