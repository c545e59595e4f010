package in.haat.gateway.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.WakeableLoop;
import in.haat.events.repository.AdvisoryLocks;
import in.haat.gateway.callback.CallbackBuilder;
import in.haat.gateway.config.SearchConfig;
import in.haat.gateway.event.DomainResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pushes incremental catalogues to subscribed buyer apps every {@code haat.search.push-interval}: per subscription,
 * what changed since its last push, as unsolicited /on_search callbacks (the subscribing search's transaction_id, a
 * fresh message_id, {@code X-ONDC-Search-Response: inc}) queued for signed delivery with retries. Nothing changed,
 * nothing sent. One replica pushes at a time (an advisory lock), and a pass's queueing and its new window ends
 * commit together, so a window is pushed once.
 */
@ApplicationScoped
public class IncrementalPush {

    /** Arbitrary but fixed: the advisory lock every replica's push pass takes. */
    static final long PUSH_LOCK = 0x6861617453L;

    private final CatalogueQueries queries;
    private final SearchSubscriptions subscriptions;
    private final SearchReadModel model;
    private final CallbackBuilder callbacks;
    private final SearchConfig config;
    private final OnSearchCatalog catalog;
    private final WakeableLoop loop;
    private final AdvisoryLocks locks;

    public IncrementalPush(Vertx vertx, CatalogueQueries queries, SearchSubscriptions subscriptions, SearchReadModel model,
            CallbackBuilder callbacks, SearchConfig config, ObjectMapper json, AdvisoryLocks locks,
            @ConfigProperty(name = "haat.ondc.bpp-name", defaultValue = "Haat") String bppName) {
        this.locks = locks;
        this.queries = queries;
        this.subscriptions = subscriptions;
        this.model = model;
        this.callbacks = callbacks;
        this.config = config;
        this.catalog = new OnSearchCatalog(json, bppName, config.npType());
        this.loop = new WakeableLoop(vertx, "incremental push", config.pushInterval(), () -> pushDue().replaceWith(Boolean.FALSE));
    }

    void start(@Observes StartupEvent startup) {
        loop.start(config.pushInterval());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loop.stop();
    }

    /** One pass: answers how many callbacks were queued. */
    public Uni<Integer> pushDue() {
        Instant until = Instant.now().minus(config.pushLag());
        int maxBytes = (int) Math.min(Integer.MAX_VALUE, config.maxCallbackSize().asLongValue());
        return Panache.withTransaction(() -> locks.tryLockForTransaction(PUSH_LOCK)
                .chain(locked -> !locked ? Uni.createFrom().item(0) : subscriptions.all()
                        .chain(all -> Multi.createFrom().iterable(all)
                                .filter(subscription -> subscription.pushedUntil().isBefore(until))
                                .onItem().transformToUniAndConcatenate(subscription -> queries
                                        .changes(subscription.domain(), subscription.city(), subscription.pushedUntil(), until)
                                        .map(changes -> CityPages.of(subscription.city(), config.homeCity(), changes,
                                                OnSearchCatalog.ProviderChange::storefront, group -> catalog.incrementalPages(group, maxBytes)))
                                        .chain(pages -> Multi.createFrom().iterable(pages)
                                                .onItem().transformToUniAndConcatenate(page -> callbacks.queue(new DomainResult(
                                                        "on_search", subscription.transactionId(), null, page.page(), null,
                                                        page.city()), SearchResponder.INCREMENTAL))
                                                .collect().asList())
                                        .call(() -> subscriptions.pushed(subscription, until))
                                        .map(java.util.List::size))
                                .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue)))
                        .call(() -> model.purgeTombstones(Instant.now().minus(config.tombstoneRetention())))));
    }
}
