package in.haat.ondc.beckn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import in.haat.ondc.igm.IssueMessage;
import in.haat.ondc.retail.OrderMessage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ONDC's examples, read into the typed records and written back, come out as they went in: nothing a buyer app (or a
 * seller app) sent is lost, named fields and unknown ones alike (a number written as text may come back a number).
 */
class TypedMessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> examples() throws IOException, URISyntaxException {
        List<Path> files = new java.util.ArrayList<>();
        for (String folder : List.of("/examples", "/callbacks")) {
            try (Stream<Path> walk = Files.walk(Paths.get(TypedMessagesTest.class.getResource(folder).toURI()))) {
                walk.filter(f -> f.toString().endsWith(".yaml") && !f.toString().contains("/search/")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aMessageReadAndWrittenBackIsUnchanged(Path file) throws IOException {
        JsonNode tree = YAML.readTree(Files.readString(file).replaceAll("\\s*\\[\\^\\d+]", ""));
        JsonNode body = JSON.readTree(JSON.writeValueAsString(tree.has("value") ? tree.get("value") : tree));
        boolean igm = body.path("context").path("action").asText().contains("issue");
        Envelope<?> typed = igm ? JSON.convertValue(body, new TypeReference<Envelope<IssueMessage>>() { })
                : JSON.convertValue(body, new TypeReference<Envelope<OrderMessage>>() { });
        assertNotNull(typed.context().transactionId(), file.toString());
        assertEquals(asText(body), asText(JSON.valueToTree(typed)), file.toString());
    }

    /** The tree with every number and true/false as its text: a count written "99" is read as the number 99. */
    private static JsonNode asText(JsonNode node) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), asText(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = JSON.createArrayNode();
            node.forEach(e -> copy.add(asText(e)));
            return copy;
        }
        return node.isNumber() || node.isBoolean() ? JSON.getNodeFactory().textNode(node.asText()) : node;
    }

    @Test
    void theNamedPartsAreRead() throws IOException {
        JsonNode body = JSON.readTree("""
                {"context":{"domain":"ONDC:RET10","action":"issue","location":{"city":{"code":"std:080"},"country":{"code":"IND"}},
                "version":"2.0.0","transaction_id":"T1","message_id":"M1"},
                "message":{"issue":{"id":"I1","refs":[{"ref_id":"O1","ref_type":"ORDER"}],"x_new":1}}}
                """);
        Envelope<IssueMessage> issue = JSON.convertValue(body, new TypeReference<>() { });
        assertEquals("std:080", issue.context().cityCode());
        assertEquals("IND", issue.context().countryCode());
        assertEquals("ORDER", issue.message().issue().refs().get(0).refType());
        assertEquals(1, issue.message().issue().extra().get("x_new").asInt());

        Envelope<OrderMessage> order = JSON.convertValue(JSON.readTree("""
                {"context":{"city":"std:080"},"message":{"order":{"payment":{"@ondc/org/buyer_app_finder_fee_type":"percent",
                "@ondc/org/settlement_details":[{"settlement_type":"netbanking"}]},"quote":{"price":{"currency":"INR","value":"10.00"},
                "breakup":[{"@ondc/org/item_id":"I1","@ondc/org/item_quantity":{"count":2},"@ondc/org/title_type":"item"}]}}}}
                """), new TypeReference<>() { });
        assertEquals("percent", order.message().order().payment().ondcBuyerAppFinderFeeType());
        assertEquals("netbanking", order.message().order().payment().ondcSettlementDetails().get(0).settlementType());
        assertEquals(2, order.message().order().quote().breakup().get(0).ondcItemQuantity().value());
    }

    @Test
    void aCountGoesBackAsItCame() throws IOException {
        JsonNode quantity = JSON.readTree("{\"count\":2,\"available\":{\"count\":\"99\"},\"maximum\":{\"count\":\"4\"}}");
        in.haat.ondc.retail.ItemQuantity typed = JSON.convertValue(quantity, in.haat.ondc.retail.ItemQuantity.class);
        assertEquals(99, typed.available().value());
        assertEquals(quantity, JSON.valueToTree(typed), "the text counts stay text, the number a number");
        assertEquals(JSON.readTree("{\"count\":\"7\"}"), JSON.valueToTree(in.haat.ondc.retail.Count.text("7")));
        assertEquals(JSON.readTree("{\"count\":7}"), JSON.valueToTree(in.haat.ondc.retail.Count.of(7)));
    }
}
