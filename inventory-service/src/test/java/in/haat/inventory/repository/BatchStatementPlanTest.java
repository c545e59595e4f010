package in.haat.inventory.repository;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statements that take a batch as a JSON parameter find its rows by index, whatever the table's size: PostgreSQL
 * takes a set-returning function for 100 rows, and against that it hashed all of stock_level (or stock_hold) for every
 * batch of a few changes (issue 15). A plan, not a time: the plan of each statement for a few rows among 10,000, a
 * size at which the planner prefers that hash when it takes a batch for 100 rows (with many more rows it does not).
 */
@QuarkusTest
class BatchStatementPlanTest {

    private static final int ROWS = 10_000;

    /** Once for the class: the size must stay where a hash would be chosen. */
    private static UUID storefront;

    @Inject
    Pool database;

    @BeforeEach
    void manyRows() {
        if (storefront != null) {
            return;
        }
        storefront = UUID.randomUUID();
        // Holds already released, so the sweeper leaves them be; stock rows of a storefront no other test knows.
        sql("insert into stock_level (id, seller_id, storefront_id, catalogue_item_id, on_hand) "
                + "select gen_random_uuid(), gen_random_uuid(), $1, gen_random_uuid(), 5 from generate_series(1, " + ROWS + ")",
                storefront);
        sql("insert into stock_hold (id, storefront_id, reference, status, expires_at) "
                + "select gen_random_uuid(), $1, 'plan-' || n, 'released', now() from generate_series(1, " + ROWS + ") n",
                storefront);
        sql("analyze stock_level");
        sql("analyze stock_hold");
    }

    @Test
    void aFewStockChangesAreLookedUpByIndex() {
        List<StockChangeStatements.Change> changes = new ArrayList<>();
        int n = 0;
        for (Row row : sql("select catalogue_item_id from stock_level where storefront_id = $1 limit 3", storefront)) {
            changes.add(new StockChangeStatements.Change(n++, storefront, row.getUUID(0), 7, null, null, null, -1));
        }
        String json = StockChangeStatements.json(changes);
        for (String statement : List.of(StockChangeStatements.APPLY, StockChangeStatements.LOCK)) {
            String plan = plan(statement, json, 3L);
            assertTrue(plan.contains("Index Scan using stock_level_item"), plan);
            assertFalse(plan.contains("Seq Scan on stock_level"), plan);
        }
    }

    @Test
    void aFewHoldsAreLookedUpByIndex() {
        String json = "[{\"s\":\"" + storefront + "\",\"r\":\"plan-1\"},{\"s\":\"" + storefront + "\",\"r\":\"plan-2\"}]";
        String plan = plan(HoldRepository.LOCK_ALL, json, 2L);
        assertTrue(plan.contains("Index Scan using stock_hold_storefront_id_reference_key"), plan);
        assertFalse(plan.contains("Seq Scan on stock_hold"), plan);
    }

    /** The plan PostgreSQL makes for the statement with these parameters (a custom plan, as for its first runs). */
    private String plan(String statement, Object... parameters) {
        StringBuilder plan = new StringBuilder();
        for (Row row : sql("explain " + statement.replace("?1", "$1").replace("?2", "$2"), parameters)) {
            plan.append(row.getString(0)).append('\n');
        }
        return plan.toString();
    }

    private io.vertx.mutiny.sqlclient.RowSet<Row> sql(String statement, Object... parameters) {
        return database.preparedQuery(statement).execute(Tuple.from(List.of(parameters))).await().indefinitely();
    }
}
