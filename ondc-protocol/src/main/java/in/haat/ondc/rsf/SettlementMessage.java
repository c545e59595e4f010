package in.haat.ondc.rsf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The message of the settlement agency's /on_settle and /on_report: the collector, the receiver, the settlement and its orders. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettlementMessage(
        @JsonProperty("collector_app_id") String collectorAppId,
        @JsonProperty("receiver_app_id") String receiverAppId,
        Settlement settlement) {

    /** A settlement: its type (NP-NP, MISC, NIL), id and orders. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Settlement(String type, String id, List<SettledOrder> orders) {
    }

    public List<SettledOrder> orderList() {
        return settlement == null || settlement.orders() == null ? List.of()
                : settlement.orders().stream().filter(java.util.Objects::nonNull).toList();
    }
}
