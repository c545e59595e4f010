package in.haat.inventory.service;

import in.haat.inventory.repository.StockChangeStatements.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a batch of stock changes into rounds of distinct items: one UPDATE statement changes a row at most once, so
 * the k-th change of an item goes into round k, and changes of one item apply in the order they arrived.
 */
final class StockBatchRounds {

    private StockBatchRounds() {
    }

    static List<List<Change>> of(List<Change> changes) {
        Map<String, Integer> seen = new HashMap<>();
        List<List<Change>> rounds = new ArrayList<>();
        for (Change change : changes) {
            int round = seen.merge(change.storefrontId() + ":" + change.catalogueItemId(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(change);
        }
        return rounds;
    }
}
