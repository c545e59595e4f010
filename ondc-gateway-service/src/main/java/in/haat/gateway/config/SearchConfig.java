package in.haat.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How discovery answers and pushes catalogues (prefix {@code haat.search}). */
@ConfigMapping(prefix = "haat.search")
public interface SearchConfig {

    /** The largest /on_search body sent; a larger catalog is split over several callbacks of one message_id. */
    @WithDefault("1M")
    MemorySize maxCallbackSize();

    /**
     * How many /on_search pages' items (and one per page) a batch of searches holds before queueing what it has: a
     * batch of searches over large catalogues is queued a part at a time, not held in memory all at once (a 1 MB page
     * holds some hundreds of items).
     */
    @WithDefault("2000")
    int heldItems();

    /** How often subscribed buyer apps get incremental pushes (ONDC: every 1 to 30 minutes). */
    @WithDefault("1m")
    Duration pushInterval();

    /**
     * How far behind the clock a push window ends, so a change whose transaction was still open when the window
     * closed (its changed_at is its transaction's start) falls in the next window instead of being missed.
     */
    @WithDefault("5s")
    Duration pushLag();

    /**
     * What kind of seller app /on_search says Haat is (bpp/descriptor tag bpp_terms np_type): MSN, a marketplace of
     * sellers, or ISN, a seller selling its own inventory. order-service states the same in /on_confirm.
     */
    @WithDefault("MSN")
    String npType();

    /**
     * The city an /on_search names when it answers a search of every city ("*") with storefronts whose city has no
     * known code, or with nothing: a callback names a city, never "*" (Pramaan refuses it).
     */
    @WithDefault("std:080")
    String homeCity();

    /** How long deleted items and storefronts are kept for incremental refreshes. */
    @WithDefault("P7D")
    Duration tombstoneRetention();
}
