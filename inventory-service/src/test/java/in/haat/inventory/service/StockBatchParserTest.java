package in.haat.inventory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.api.ApiError;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading a stock batch's items one by one: each problem named in the item's own result, the id kept if it reads. */
class StockBatchParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StockBatchParser parser = new StockBatchParser(JSON);
    private final String id = UUID.randomUUID().toString();

    @Test
    void aSetAndAnAdjustmentRead() throws Exception {
        StockBatchParser.Parsed set = parse("{\"catalogue_item_id\": \"" + id + "\", \"quantity\": 5, \"unit_denomination\": \"GM\"}");
        assertNull(set.problem());
        assertEquals(5, set.item().quantity());
        assertEquals(UUID.fromString(id), set.item().catalogueItemId());
        assertNull(parse("{\"catalogue_item_id\": \"" + id + "\", \"delta\": -2, \"reason\": \"spoilt\"}").problem());
    }

    @Test
    void exactlyOneOfQuantityAndDelta() throws Exception {
        assertEquals(List.of(new ApiError.Detail(null, "exactly one of quantity (set) and delta (adjust) must be given")),
                details("{\"catalogue_item_id\": \"" + id + "\"}"));
        assertEquals(List.of(new ApiError.Detail(null, "exactly one of quantity (set) and delta (adjust) must be given")),
                details("{\"catalogue_item_id\": \"" + id + "\", \"quantity\": 1, \"delta\": 1, \"reason\": \"r\"}"));
    }

    @Test
    void everyFieldRuleOfASingleRequestHoldsInABatch() throws Exception {
        assertEquals(List.of(new ApiError.Detail("catalogue_item_id", "must not be null"),
                new ApiError.Detail("quantity", "must be from 0 to 1000000000"),
                new ApiError.Detail("unit_value", "must be greater than 0"),
                new ApiError.Detail("expected_on_hand", "must be greater than or equal to 0"),
                new ApiError.Detail("reference", "size must be between 0 and 200")),
                details("{\"quantity\": -1, \"unit_value\": 0, \"expected_on_hand\": -1, \"reference\": \"" + "r".repeat(201) + "\"}"));
        assertEquals(List.of(new ApiError.Detail("delta", "must be a non-zero number from -1000000000 to 1000000000"),
                new ApiError.Detail("reason", "must be 1 to 200 characters for a delta")),
                details("{\"catalogue_item_id\": \"" + id + "\", \"delta\": 0, \"reason\": \" \"}"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedAndTheIdKept() throws Exception {
        StockBatchParser.Parsed parsed = parse("{\"catalogue_item_id\": \"" + id + "\", \"quantity\": \"many\"}");
        assertEquals(UUID.fromString(id), parsed.item().catalogueItemId());
        assertEquals(400, parsed.problem().status());
        assertEquals(List.of(new ApiError.Detail("quantity", "has an invalid value")), parsed.problem().details());
        assertNull(parse("{\"catalogue_item_id\": \"nope\", \"quantity\": 1}").item().catalogueItemId());
    }

    @Test
    void somethingOtherThanAnObjectIsRejected() throws Exception {
        StockBatchParser.Parsed parsed = parser.parse(7, JSON.readTree("[1]"));
        assertEquals(7, parsed.index());
        assertNull(parsed.item());
        assertEquals("the item must be a JSON object", parsed.problem().getMessage());
    }

    private StockBatchParser.Parsed parse(String json) throws Exception {
        return parser.parse(0, JSON.readTree(json));
    }

    private List<ApiError.Detail> details(String json) throws Exception {
        return parse(json).problem().details();
    }
}
