package in.haat.catalogue.service;

import in.haat.api.ApiException;
import in.haat.api.Caller;
import in.haat.api.ErrorCodes;
import in.haat.api.TenantAccess;
import in.haat.catalogue.Seller;
import in.haat.catalogue.event.CatalogueEvents;
import in.haat.catalogue.event.SellerCreated;
import in.haat.catalogue.event.SellerDeleted;
import in.haat.catalogue.event.SellerUpdated;
import in.haat.catalogue.event.StorefrontDeleted;
import in.haat.catalogue.mapping.Json;
import in.haat.catalogue.mapping.NewSeller;
import in.haat.catalogue.mapping.SellerPatch;
import in.haat.catalogue.repository.SellerRepository;
import in.haat.catalogue.repository.StorefrontRepository;
import in.haat.events.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Registers, changes, removes and looks up sellers; every change is announced through the outbox. */
@ApplicationScoped
public class SellerService {

    private final SellerRepository sellers;
    private final StorefrontRepository storefronts;
    private final TenantAccess tenants;
    private final Outbox outbox;
    private final Caller caller;

    public SellerService(SellerRepository sellers, StorefrontRepository storefronts, TenantAccess tenants, Outbox outbox,
            Caller caller) {
        this.caller = caller;
        this.sellers = sellers;
        this.storefronts = storefronts;
        this.tenants = tenants;
        this.outbox = outbox;
    }

    /**
     * Registers a seller owned by {@code partnerId} and announces it in the same transaction. A {@code seller_id} that
     * is taken (by any partner: ids are global) is a 409, also when two requests race for it.
     */
    @WithTransaction
    public Uni<Seller> create(NewSeller request, String partnerId) {
        UUID id = request.sellerId() == null ? UUID.randomUUID() : request.sellerId();
        return sellers.findById(id)
                .invoke(existing -> {
                    if (existing != null) {
                        throw taken(id);
                    }
                })
                .chain(() -> insert(id, request, partnerId))
                .onFailure(SellerService::isUniqueViolation).transform(e -> taken(id));
    }

    private Uni<Seller> insert(UUID id, NewSeller request, String partnerId) {
        Seller seller = new Seller();
        seller.id = id;
        seller.partnerId = partnerId;
        seller.name = request.name().strip();
        seller.contactEmail = request.contactEmail();
        seller.contactPhone = request.contactPhone();
        seller.legalEntityName = request.legalEntityName();
        seller.incorporationType = request.incorporationType() == null ? null : request.incorporationType().name();
        seller.gstNumber = request.gstNumber();
        seller.panNumber = request.panNumber();
        seller.fssaiNumber = request.fssaiNumber();
        seller.categories = Json.write(request.categories() == null ? java.util.List.of() : request.categories());
        if (request.bankAccount() != null) {
            seller.bankAccountNumber = request.bankAccount().accountNumber();
            seller.bankIfscCode = request.bankAccount().ifscCode();
        }
        seller.consentObject = request.consentObject();
        SellerRules.check(seller);
        seller.createdAt = Instant.now();
        seller.updatedAt = seller.createdAt;
        // Flushed here so a racing insert of the same id fails inside this call, where it becomes the 409.
        return sellers.persistAndFlush(seller)
                .call(saved -> publishBoth(CatalogueEvents.SELLER_CREATED, saved.id,
                        new SellerCreated(saved.id, saved.partnerId, saved.name, saved.createdAt)));
    }

    private static ApiException taken(UUID id) {
        return new ApiException(409, ErrorCodes.CONFLICT, "seller_id " + id + " is taken");
    }

    /** PostgreSQL's unique_violation (23505), however Hibernate Reactive wraps it. */
    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())
                    || t instanceof org.hibernate.exception.ConstraintViolationException c
                            && c.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sellers the caller may act for, in id order after {@code after}: a partner's own sellers, or the sellers a
     * seller's or third party's token names.
     */
    @WithSession
    public Uni<java.util.List<Seller>> visible(UUID after, int limit) {
        return caller.isPartner()
                ? sellers.ofPartner(caller.partnerId().orElseThrow(), after, limit)
                : sellers.among(caller.sellerIds(), after, limit);
    }

    @WithSession
    public Uni<Seller> find(UUID id) {
        return sellers.findById(id);
    }

    /** The seller if the caller may act for it; a 404 otherwise, the same as for a seller that does not exist. */
    public Uni<Seller> findAuthorised(UUID id) {
        return sellers.findById(id)
                .onItem().ifNull().failWith(() -> TenantAccess.noSuchSeller(id))
                .invoke(seller -> tenants.requireSeller(seller.id, seller.partnerId));
    }

    /** Applies a partial update; the seller as a whole must still keep the rules. */
    @WithTransaction
    public Uni<Seller> update(UUID id, SellerPatch patch) {
        return findAuthorised(id).call(seller -> {
            if (patch.name() != null) {
                seller.name = patch.name().strip();
            }
            if (patch.contactEmail() != null) {
                seller.contactEmail = patch.contactEmail();
            }
            if (patch.contactPhone() != null) {
                seller.contactPhone = patch.contactPhone();
            }
            if (patch.legalEntityName() != null) {
                seller.legalEntityName = patch.legalEntityName();
            }
            if (patch.incorporationType() != null) {
                seller.incorporationType = patch.incorporationType().name();
            }
            if (patch.gstNumber() != null) {
                seller.gstNumber = patch.gstNumber();
            }
            if (patch.panNumber() != null) {
                seller.panNumber = patch.panNumber();
            }
            if (patch.fssaiNumber() != null) {
                seller.fssaiNumber = patch.fssaiNumber();
            }
            if (patch.categories() != null) {
                seller.categories = Json.write(patch.categories());
            }
            if (patch.bankAccount() != null) {
                seller.bankAccountNumber = patch.bankAccount().accountNumber();
                seller.bankIfscCode = patch.bankAccount().ifscCode();
            }
            SellerRules.check(seller);
            seller.updatedAt = Instant.now();
            return outbox.publish(CatalogueEvents.TOPIC, CatalogueEvents.SELLER_UPDATED, CatalogueEvents.VERSION,
                    seller.id.toString(), new SellerUpdated(seller.id, seller.partnerId, seller.name,
                            seller.legalEntityName, seller.incorporationType, seller.gstNumber, seller.panNumber,
                            seller.fssaiNumber, Json.stringList(seller.categories), seller.updatedAt));
        });
    }

    /**
     * Deletes a seller with its storefronts and their catalogues (Setu: "permanently deletes"). Each storefront's
     * {@code storefront.deleted} is published before {@code seller.deleted}, on the same key, so consumers see them in order.
     */
    @WithTransaction
    public Uni<Void> delete(UUID id) {
        Instant now = Instant.now();
        return findAuthorised(id)
                .call(seller -> storefronts.allOfSeller(seller.id).chain(all -> Multi.createFrom().iterable(all)
                        .onItem().transformToUniAndConcatenate(storefront -> outbox.publish(CatalogueEvents.TOPIC,
                                CatalogueEvents.STOREFRONT_DELETED, CatalogueEvents.VERSION, seller.id.toString(),
                                new StorefrontDeleted(storefront.id, seller.id, now)))
                        .collect().last()))
                .call(seller -> publishBoth(CatalogueEvents.SELLER_DELETED, seller.id,
                        new SellerDeleted(seller.id, seller.partnerId, now)))
                // Storefronts, items and jobs go with the seller row (on delete cascade).
                .call(sellers::delete)
                .replaceWithVoid();
    }

    /**
     * A seller's creation or deletion, on the catalogue topic (in order with its storefronts and items, for the
     * gateway's search) and on the sellers topic (for the seller directories), in the caller's transaction and one
     * insert.
     */
    private Uni<Void> publishBoth(String type, UUID sellerId, Object payload) {
        String key = sellerId.toString();
        return outbox.publishPrepared(List.of(
                outbox.prepare(CatalogueEvents.TOPIC, type, CatalogueEvents.VERSION, key, payload),
                outbox.prepare(CatalogueEvents.SELLERS_TOPIC, type, CatalogueEvents.VERSION, key, payload)));
    }
}
