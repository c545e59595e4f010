package in.haat.catalogue.service;

import in.haat.events.Offload;
import in.haat.events.Outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.api.ApiException;
import in.haat.api.ApiError;
import in.haat.api.ErrorCodes;
import in.haat.catalogue.event.CatalogueEvents;
import in.haat.catalogue.event.CatalogueItemDeleted;
import in.haat.catalogue.mapping.CatalogueItemView;
import in.haat.catalogue.mapping.CatalogueJobView;
import in.haat.catalogue.mapping.NewStorefront;
import in.haat.catalogue.repository.CatalogueRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A storefront's catalogue: bulk upsert and delete as jobs with per-item results, and reads. A bulk call checks
 * every item on its own, writes the accepted ones in multi-row statements and publishes one
 * {@code catalogue-item.upserted} per item it wrote (an item sent again unchanged is neither), all in one
 * transaction with the job and its results.
 */
@ApplicationScoped
public class CatalogueService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CatalogueService.class);

    private final StorefrontService storefronts;
    private final CatalogueRepository catalogue;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final int maxItems;

    public CatalogueService(StorefrontService storefronts, CatalogueRepository catalogue, Outbox outbox,
            ObjectMapper mapper, @ConfigProperty(name = "haat.catalogue.max-items-per-call", defaultValue = "10000") int maxItems) {
        this.storefronts = storefronts;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.mapper = mapper;
        this.maxItems = maxItems;
    }

    /** The body of a bulk call must be a JSON array of 1 to max-items-per-call entries; anything else is a 400. */
    public void requireItems(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw new ApiException(400, ErrorCodes.INVALID_REQUEST, "the request body must be a JSON array of catalogue items");
        }
        if (body.isEmpty() || body.size() > maxItems) {
            throw new ApiException(400, ErrorCodes.INVALID_REQUEST, "the request body must hold 1 to " + maxItems + " items",
                    List.of(new ApiError.Detail(null, body.size() + " items were sent")));
        }
    }

    /** Checks the storefront is the caller's and the items against its rules, the checking off the event loop. */
    @WithSession
    public Uni<List<ItemOutcome>> check(UUID storefrontId, JsonNode items) {
        return storefronts.findAuthorised(storefrontId).chain(owned -> {
            NewStorefront content = owned.storefront().content();
            CatalogueItemRules rules = new CatalogueItemRules(mapper, new CatalogueItemRules.StorefrontFacts(
                    content.categories(),
                    content.pickupDetails().pickupLat() != null && content.pickupDetails().pickupLong() != null));
            // Thousands of items are CPU work of tens of milliseconds: a worker does it, then the request's own
            // Vert.x context carries on (Hibernate Reactive must stay on it).
            return Offload.cpu(() -> {
                long started = System.nanoTime();
                List<ItemOutcome> outcomes = rules.checkAll(items);
                LOG.debugf("%d catalogue items checked in %d ms", items.size(), (System.nanoTime() - started) / 1_000_000);
                return outcomes;
            });
        });
    }

    /**
     * Writes a checked bulk upsert: the accepted items, their events, the job and every item's result commit
     * together, so once the client holds the job id nothing of it can be lost; before that, nothing was written.
     */
    @WithTransaction
    public Uni<CatalogueJobView> upsert(UUID storefrontId, List<ItemOutcome> outcomes) {
        Instant now = Instant.now();
        return storefronts.findAuthorised(storefrontId).chain(owned -> {
            UUID sellerId = owned.seller().id;
            List<ItemOutcome> accepted = outcomes.stream().filter(ItemOutcome::accepted).toList();
            CatalogueJobView job = job(storefrontId, "upsert", outcomes.size(), accepted.size(), now);
            long[] t = { System.nanoTime(), 0, 0 };
            return lockStorefront(storefrontId)
                    .chain(() -> catalogue.upsert(storefrontId, sellerId, accepted, now))
                    .invoke(() -> t[1] = System.nanoTime())
                    .call(written -> publishWritten(accepted, written, storefrontId, sellerId, now))
                    .invoke(() -> t[2] = System.nanoTime())
                    .call(() -> catalogue.recordJob(job, sellerId, outcomes))
                    .invoke(written -> LOG.infof("catalogue job %s: %d accepted, %d of them changed and written in %d ms, "
                            + "events in %d ms, results in %d ms", job.jobId(), accepted.size(), written.size(),
                            (t[1] - t[0]) / 1_000_000, (t[2] - t[1]) / 1_000_000, (System.nanoTime() - t[2]) / 1_000_000))
                    .replaceWith(job);
        });
    }

    /** Deletes the listed items; ids that are malformed, repeated or not in the storefront are rejected. */
    @WithTransaction
    public Uni<CatalogueJobView> delete(UUID storefrontId, JsonNode body) {
        requireItems(body);
        Instant now = Instant.now();
        return storefronts.findAuthorised(storefrontId).chain(owned -> {
            UUID sellerId = owned.seller().id;
            List<UUID> ids = new ArrayList<>();
            List<String> raw = new ArrayList<>();
            Set<UUID> seen = new HashSet<>();
            for (JsonNode entry : body) {
                JsonNode id = entry.path("catalogue_item_id");
                raw.add(id.isTextual() ? id.asText() : null);
                UUID parsed = parse(id);
                ids.add(parsed != null && seen.add(parsed) ? parsed : null);
            }
            return lockStorefront(storefrontId)
                    .chain(() -> catalogue.delete(storefrontId, ids.stream().filter(java.util.Objects::nonNull).toList()))
                    .chain(deleted -> {
                        Set<UUID> gone = new HashSet<>(deleted);
                        List<ItemOutcome> outcomes = new ArrayList<>();
                        for (int i = 0; i < ids.size(); i++) {
                            UUID id = ids.get(i);
                            if (id != null && gone.contains(id)) {
                                outcomes.add(new ItemOutcome(i, id.toString(), id, null, List.of()));
                            } else {
                                String why = parse(body.get(i).path("catalogue_item_id")) == null
                                        ? "must be a UUID" : id == null ? "repeats an earlier entry of this request"
                                        : "no such catalogue item in this storefront";
                                outcomes.add(ItemOutcome.rejected(i, raw.get(i),
                                        List.of(new CatalogueJobView.Reason("catalogue_item_id", why))));
                            }
                        }
                        List<UUID> deletedInOrder = outcomes.stream().filter(ItemOutcome::accepted).map(ItemOutcome::id).toList();
                        CatalogueJobView job = job(storefrontId, "delete", outcomes.size(), deletedInOrder.size(), now);
                        return outbox.publishAll(CatalogueEvents.TOPIC, CatalogueEvents.CATALOGUE_ITEM_DELETED,
                                        CatalogueEvents.VERSION, sellerId.toString(), deletedInOrder,
                                        id -> new CatalogueItemDeleted(storefrontId, sellerId, id, now))
                                .chain(() -> catalogue.recordJob(job, sellerId, outcomes))
                                .replaceWith(job);
                    });
        });
    }

    @WithSession
    public Uni<CatalogueItemView> find(UUID storefrontId, UUID id) {
        return storefronts.findAuthorised(storefrontId)
                .chain(() -> catalogue.find(storefrontId, id))
                .onItem().ifNull().failWith(() -> ApiException.notFound("no catalogue item " + id + " in storefront " + storefrontId));
    }

    @WithSession
    public Uni<List<CatalogueItemView>> list(UUID storefrontId, UUID after, int limit) {
        return storefronts.findAuthorised(storefrontId).chain(() -> catalogue.list(storefrontId, after, limit));
    }

    /** A job with one page of its results. */
    @WithSession
    public Uni<CatalogueJobView> job(UUID storefrontId, UUID jobId, String outcome, int after, int limit) {
        return storefronts.findAuthorised(storefrontId)
                .chain(() -> catalogue.findJob(storefrontId, jobId))
                .onItem().ifNull().failWith(() -> ApiException.notFound("no job " + jobId + " for storefront " + storefrontId))
                .chain(job -> catalogue.results(jobId, outcome, after, limit).map(results -> {
                    boolean more = results.size() == limit;
                    List<CatalogueJobView.Result> shown = more ? results.subList(0, limit - 1) : results;
                    String next = more ? in.haat.api.PageRequest.cursor(String.valueOf(shown.get(shown.size() - 1).position())) : null;
                    return new CatalogueJobView(job.jobId(), job.storefrontId(), job.kind(), job.status(), job.received(),
                            job.accepted(), job.rejected(), job.createdAt(), job.completedAt(), resultsUrl(job),
                            new CatalogueJobView.Results(shown, next));
                }));
    }

    /**
     * One {@code catalogue-item.upserted} per item the upsert wrote ({@code written}: its created_at by id), for the
     * consumers' per-item read models; an item sent again as it was changes no read model, so it gets none.
     */
    private Uni<Void> publishWritten(List<ItemOutcome> accepted, Map<UUID, Instant> written, UUID storefrontId,
            UUID sellerId, Instant now) {
        List<ItemOutcome> changed = accepted.stream().filter(item -> written.containsKey(item.id())).toList();
        return outbox.publishAll(CatalogueEvents.TOPIC, CatalogueEvents.CATALOGUE_ITEM_UPSERTED, CatalogueEvents.VERSION,
                sellerId.toString(), changed, item -> CatalogueItemView.of(item.id(), storefrontId, sellerId,
                        item.document(), written.get(item.id()), now));
    }

    /** Holds the storefront row until commit, so a concurrent DELETE of the storefront waits for this job. */
    private Uni<Void> lockStorefront(UUID storefrontId) {
        return catalogue.lockStorefront(storefrontId)
                .invoke(found -> {
                    if (!found) {
                        throw StorefrontService.noSuchStorefront(storefrontId);
                    }
                })
                .replaceWithVoid();
    }

    private static CatalogueJobView job(UUID storefrontId, String kind, int received, int accepted, Instant now) {
        UUID id = UUID.randomUUID();
        CatalogueJobView job = new CatalogueJobView(id, storefrontId, kind, "completed", received, accepted,
                received - accepted, now, now, null, null);
        return new CatalogueJobView(id, storefrontId, kind, "completed", received, accepted, received - accepted, now,
                now, resultsUrl(job), null);
    }

    public static String resultsUrl(CatalogueJobView job) {
        return "/api/storefronts/" + job.storefrontId() + "/catalogue/jobs/" + job.jobId();
    }

    private static UUID parse(JsonNode id) {
        if (!id.isTextual()) {
            return null;
        }
        try {
            UUID parsed = UUID.fromString(id.asText());
            return parsed.toString().equalsIgnoreCase(id.asText()) ? parsed : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
