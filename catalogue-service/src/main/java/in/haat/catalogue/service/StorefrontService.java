package in.haat.catalogue.service;

import in.haat.api.ApiException;
import in.haat.api.Caller;
import in.haat.api.ErrorCodes;
import in.haat.catalogue.Seller;
import in.haat.catalogue.Storefront;
import in.haat.catalogue.event.CatalogueEvents;
import in.haat.catalogue.event.StorefrontDeleted;
import in.haat.catalogue.event.StorefrontUpserted;
import in.haat.catalogue.mapping.Json;
import in.haat.catalogue.mapping.NewStorefront;
import in.haat.catalogue.mapping.StorefrontPatch;
import in.haat.catalogue.mapping.StorefrontView;
import in.haat.catalogue.repository.SellerRepository;
import in.haat.catalogue.repository.StorefrontRepository;
import in.haat.events.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Creates, changes and removes a seller's storefronts; every change is announced through the outbox. */
@ApplicationScoped
public class StorefrontService {

    /** A storefront together with the seller that owns it, which events and tenancy need. */
    public record Owned(Storefront storefront, Seller seller) {
    }

    private final StorefrontRepository storefronts;
    private final SellerRepository sellers;
    private final SellerService sellerService;
    private final Caller caller;
    private final Validator validator;
    private final Outbox outbox;

    public StorefrontService(StorefrontRepository storefronts, SellerRepository sellers, SellerService sellerService,
            Caller caller, Validator validator, Outbox outbox) {
        this.storefronts = storefronts;
        this.sellers = sellers;
        this.sellerService = sellerService;
        this.caller = caller;
        this.validator = validator;
        this.outbox = outbox;
    }

    /** Creates a storefront for a seller the caller may act for; a taken {@code storefront_id} is a 409. */
    @WithTransaction
    public Uni<Owned> create(UUID sellerId, NewStorefront request) {
        return sellerService.findAuthorised(sellerId).chain(seller -> {
            NewStorefront content = request.with(
                    request.storefrontId() == null ? UUID.randomUUID() : request.storefrontId(), seller.id);
            StorefrontRules.check(content, Json.stringList(seller.categories), true);
            return storefronts.findById(content.storefrontId()).chain(existing -> {
                if (existing != null) {
                    throw new ApiException(409, ErrorCodes.CONFLICT, "storefront_id " + content.storefrontId() + " is taken");
                }
                Storefront storefront = new Storefront();
                storefront.id = content.storefrontId();
                storefront.sellerId = seller.id;
                storefront.setContent(content.holidaysInOrder());
                storefront.createdAt = Instant.now();
                storefront.updatedAt = storefront.createdAt;
                return storefronts.persist(storefront).map(saved -> new Owned(saved, seller));
            });
        }).call(this::announce);
    }

    @WithSession
    public Uni<Owned> find(UUID id) {
        return findAuthorised(id);
    }

    /** The storefront if the caller may act for its seller; a 404 otherwise, the same as for none. */
    public Uni<Owned> findAuthorised(UUID id) {
        return storefronts.findById(id)
                .onItem().ifNull().failWith(() -> noSuchStorefront(id))
                .chain(storefront -> sellers.findById(storefront.sellerId).map(seller -> {
                    if (seller == null || !caller.mayActFor(seller.id, seller.partnerId)) {
                        throw noSuchStorefront(id);
                    }
                    return new Owned(storefront, seller);
                }));
    }

    @WithSession
    public Uni<List<Storefront>> ofSeller(UUID sellerId, UUID after, int limit) {
        return sellerService.findAuthorised(sellerId).chain(seller -> storefronts.ofSeller(seller.id, after, limit));
    }

    /** Applies a partial update; the storefront as a whole must still keep every rule. */
    @WithTransaction
    public Uni<Owned> update(UUID id, StorefrontPatch patch) {
        return findAuthorised(id).invoke(owned -> {
            NewStorefront merged = patch.applyTo(owned.storefront().content());
            Set<ConstraintViolation<NewStorefront>> broken = validator.validate(merged);
            if (!broken.isEmpty()) {
                // Cannot happen for a valid stored storefront and a valid patch; kept as a guard.
                Violations violations = new Violations();
                broken.forEach(v -> violations.add(v.getPropertyPath().toString(), v.getMessage()));
                violations.throwIfAny();
            }
            StorefrontRules.check(merged, Json.stringList(owned.seller().categories), patch.holidays() != null);
            owned.storefront().setContent(merged.holidaysInOrder());
            owned.storefront().updatedAt = Instant.now();
        }).call(this::announce);
    }

    /** Deletes a storefront and its catalogue; consumers drop its items on {@code storefront.deleted}. */
    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return findAuthorised(id)
                .call(owned -> outbox.publish(CatalogueEvents.TOPIC, CatalogueEvents.STOREFRONT_DELETED,
                        CatalogueEvents.VERSION, owned.seller().id.toString(),
                        new StorefrontDeleted(owned.storefront().id, owned.seller().id, Instant.now())))
                .call(owned -> storefronts.delete(owned.storefront()))
                .replaceWithVoid();
    }

    private Uni<?> announce(Owned owned) {
        return outbox.publish(CatalogueEvents.TOPIC, CatalogueEvents.STOREFRONT_UPSERTED, CatalogueEvents.VERSION,
                owned.seller().id.toString(),
                new StorefrontUpserted(StorefrontView.of(owned.storefront()), owned.seller().partnerId));
    }

    public static ApiException noSuchStorefront(UUID id) {
        return ApiException.notFound("no storefront " + id);
    }
}
