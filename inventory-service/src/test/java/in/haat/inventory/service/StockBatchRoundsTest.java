package in.haat.inventory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import in.haat.inventory.repository.StockChangeStatements.Change;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A batch's changes in rounds of distinct items, each item's changes in the order they arrived. */
class StockBatchRoundsTest {

    private static final UUID SHOP = UUID.randomUUID();
    private static final UUID OTHER_SHOP = UUID.randomUUID();
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    private static Change change(int n, UUID storefront, UUID item) {
        return new Change(n, storefront, item, null, 1, null, null, -1);
    }

    private static List<List<Integer>> numbers(List<List<Change>> rounds) {
        return rounds.stream().map(round -> round.stream().map(Change::n).toList()).toList();
    }

    @Test
    void distinctItemsShareOneRound() {
        assertEquals(List.of(List.of(0, 1, 2)), numbers(StockBatchRounds.of(List.of(
                change(0, SHOP, A), change(1, SHOP, B), change(2, OTHER_SHOP, A)))));
    }

    @Test
    void theKthChangeOfAnItemGoesIntoRoundK() {
        assertEquals(List.of(List.of(0, 1), List.of(2, 3), List.of(4)), numbers(StockBatchRounds.of(List.of(
                change(0, SHOP, A), change(1, SHOP, B), change(2, SHOP, A), change(3, SHOP, B), change(4, SHOP, A)))));
    }

    @Test
    void oneItemOnlyIsOneChangePerRound() {
        assertEquals(List.of(List.of(0), List.of(1), List.of(2)), numbers(StockBatchRounds.of(List.of(
                change(0, SHOP, A), change(1, SHOP, A), change(2, SHOP, A)))));
    }

    @Test
    void anItemKeepsItsWriter() {
        int lane = StockUpdateBatches.lane(SHOP, A, 4);
        for (int i = 0; i < 10; i++) {
            assertEquals(lane, StockUpdateBatches.lane(SHOP, A, 4));
        }
    }
}
