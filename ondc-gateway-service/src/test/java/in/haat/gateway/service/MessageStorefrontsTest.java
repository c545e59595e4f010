package in.haat.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The storefront a logged message names, by which the seller's log and flow export find it: an order's, and an IGM issue's. */
class MessageStorefrontsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID SHOP = UUID.randomUUID();

    @Test
    void anIgmIssueNamesItsProviderIn100sOrderDetailsAnd200sProviderRef() throws Exception {
        assertEquals(Set.of(SHOP), OndcMessageLog.storefronts(JSON.readTree(
                "{\"message\":{\"issue\":{\"order_details\":{\"id\":\"O1\",\"provider_id\":\"" + SHOP + "\"}}}}")));
        assertEquals(Set.of(SHOP), OndcMessageLog.storefronts(JSON.readTree(
                "{\"message\":{\"issue\":{\"refs\":[{\"ref_type\":\"ORDER\",\"ref_id\":\"O1\"},{\"ref_type\":\"PROVIDER\",\"ref_id\":\"" + SHOP + "\"}]}}}")));
        assertEquals(Set.of(), OndcMessageLog.storefronts(JSON.readTree(
                "{\"message\":{\"issue\":{\"order_details\":{\"provider_id\":\"not-ours\"}}}}")), "a provider id that is no storefront id names none");
        assertEquals(Set.of(SHOP), OndcMessageLog.storefronts(JSON.readTree(
                "{\"message\":{\"order\":{\"provider\":{\"id\":\"" + SHOP + "\"}}}}")));
    }
}
