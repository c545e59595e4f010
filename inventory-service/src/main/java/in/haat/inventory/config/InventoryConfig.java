package in.haat.inventory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of inventory-service (prefix {@code haat.inventory}). */
@ConfigMapping(prefix = "haat.inventory")
public interface InventoryConfig {

    /** How long a hold lasts when the request names no ttl. */
    @WithDefault("PT15M")
    Duration holdDefaultTtl();

    /** The longest ttl a hold may ask for. */
    @WithDefault("PT24H")
    Duration holdMaxTtl();

    /** How often expired holds are released (read by {@code @Scheduled}, hence a string). */
    @WithDefault("5s")
    String holdSweepInterval();

    /** How many expired holds one sweep releases at most, each in its own transaction. */
    @WithDefault("500")
    int holdSweepBatch();

    /** The most items one batch stock update may carry. */
    @WithDefault("1000")
    int batchMaxItems();

    /**
     * Group commit of single stock updates (Setu's PUT/PATCH): at most this many that arrive together are applied in
     * one transaction; updates arriving while the writers are busy wait for the next batch.
     */
    @WithDefault("128")
    int updateBatchSize();

    /**
     * How many such batches are written at once, each by a writer of its own items (each holds one database connection
     * while it commits).
     */
    @WithDefault("4")
    int updateWriters();

    /**
     * How long a stock change may decide the tenant rule from a storefront's seller and partner as read before, instead
     * of reading them again (a deleted storefront's items are refused by the change's UPDATE itself).
     */
    @WithDefault("PT5S")
    Duration storefrontOwnerTtl();
}
