package in.haat.inventory.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.api.ApiError;
import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import in.haat.inventory.StockLevel;
import in.haat.inventory.config.InventoryConfig;
import in.haat.inventory.event.InventoryEvents;
import in.haat.inventory.event.StockChangeCause;
import in.haat.inventory.event.StockChanged;
import in.haat.inventory.mapping.SetStock;
import in.haat.inventory.mapping.StockAdjustment;
import in.haat.inventory.mapping.StockBatchItem;
import in.haat.inventory.mapping.StockBatchResult;
import in.haat.inventory.mapping.StockLevelView;
import in.haat.inventory.mapping.UnitDenomination;
import in.haat.inventory.repository.StockLevelRepository;
import in.haat.events.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Changes on hand: Setu's absolute set, a delta adjustment, and a batch of either. Each change is one
 * conditional UPDATE (no read-modify-write), announced by {@code stock.changed} in the same transaction.
 * An UPDATE that matched nothing is explained afterwards from the row as it is now.
 */
@ApplicationScoped
public class StockUpdates {

    /** How often a change is tried again when its UPDATE failed but the row, read a moment later, allows it. */
    private static final int ATTEMPTS = 3;
    private static final int UNCHECKED = -1;

    private final StockLevelRepository levels;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final InventoryConfig config;

    public StockUpdates(StockLevelRepository levels, Outbox outbox, ObjectMapper json, InventoryConfig config) {
        this.levels = levels;
        this.outbox = outbox;
        this.json = json;
        this.config = config;
    }

    /** Setu's inventory update: on hand becomes {@code quantity}. */
    @WithTransaction
    public Uni<StockLevel> set(UUID storefrontId, UUID catalogueItemId, SetStock request) {
        return set(storefrontId, catalogueItemId, request.quantity(), request.unitDenomination(), request.unitValue(),
                request.expectedOnHand(), 1);
    }

    /** On hand changes by {@code delta}. */
    @WithTransaction
    public Uni<StockLevel> adjust(UUID storefrontId, UUID catalogueItemId, StockAdjustment request) {
        if (request.delta() == 0) {
            return Uni.createFrom().failure(ApiException.invalid("delta", "must not be 0"));
        }
        return adjust(storefrontId, catalogueItemId, request.delta(), request.reason().strip(), request.reference(),
                request.expectedOnHand(), 1);
    }

    /**
     * Applies each item on its own: a rejected item (bad shape, unknown, conflict) is reported in its result and
     * the others go on. Items are applied in catalogue item order, so two concurrent batches lock their rows in
     * the same order and cannot deadlock; results come back in request order.
     */
    @WithTransaction
    public Uni<StockBatchResult> batch(UUID storefrontId, List<JsonNode> items) {
        if (items.isEmpty() || items.size() > config.batchMaxItems()) {
            return Uni.createFrom().failure(ApiException.invalid("items",
                    "must hold 1 to " + config.batchMaxItems() + " items"));
        }
        List<Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            parsed.add(parse(i, items.get(i)));
        }
        List<Parsed> inLockOrder = parsed.stream()
                .sorted(Comparator.comparing((Parsed p) -> p.item() == null || p.item().catalogueItemId() == null
                        ? new UUID(0, 0) : p.item().catalogueItemId(), StockLevel.ITEM_ORDER))
                .toList();
        return Multi.createFrom().iterable(inLockOrder)
                .onItem().transformToUniAndConcatenate(p -> apply(storefrontId, p))
                .collect().asList()
                .map(results -> {
                    List<StockBatchResult.Item> ordered = results.stream()
                            .sorted(Comparator.comparingInt(StockBatchResult.Item::index)).toList();
                    int updated = (int) ordered.stream().filter(r -> r.error() == null).count();
                    return new StockBatchResult(updated, ordered.size() - updated, ordered);
                });
    }

    private Uni<StockBatchResult.Item> apply(UUID storefrontId, Parsed parsed) {
        if (parsed.problem() != null) {
            return Uni.createFrom().item(StockBatchResult.Item.rejected(parsed.index(),
                    parsed.item() == null ? null : parsed.item().catalogueItemId(), parsed.problem().toError().error()));
        }
        StockBatchItem item = parsed.item();
        Uni<StockLevel> change = item.quantity() != null
                ? set(storefrontId, item.catalogueItemId(), item.quantity(), item.unitDenomination(), item.unitValue(),
                        item.expectedOnHand(), 1)
                : adjust(storefrontId, item.catalogueItemId(), item.delta(), item.reason().strip(), item.reference(),
                        item.expectedOnHand(), 1);
        return change
                .map(level -> StockBatchResult.Item.updated(parsed.index(), StockLevelView.of(level)))
                // Only our own refusals: they come from UPDATEs that matched nothing, which leave the transaction usable.
                .onFailure(ApiException.class).recoverWithItem(e -> StockBatchResult.Item.rejected(parsed.index(),
                        item.catalogueItemId(), ((ApiException) e).toError().error()));
    }

    private Uni<StockLevel> set(UUID storefrontId, UUID itemId, int quantity, UnitDenomination unit, Integer unitValue,
            Integer expectedOnHand, int attempt) {
        String denomination = unit == null ? "" : unit.name();
        int value = unitValue == null ? 0 : unitValue;
        int expected = expectedOnHand == null ? UNCHECKED : expectedOnHand;
        return levels.set(storefrontId, itemId, quantity, denomination, value, expected).chain(level -> {
            if (level != null) {
                return announce(level, StockChangeCause.SET, null, null);
            }
            return levels.find(storefrontId, itemId).chain(now -> {
                ApiException why = whySetFailed(storefrontId, itemId, now, quantity, denomination, value, expected);
                if (why == null && attempt < ATTEMPTS) {
                    return set(storefrontId, itemId, quantity, unit, unitValue, expectedOnHand, attempt + 1);
                }
                return Uni.createFrom().failure(why != null ? why : changedConcurrently());
            });
        });
    }

    private Uni<StockLevel> adjust(UUID storefrontId, UUID itemId, int delta, String reason, String reference,
            Integer expectedOnHand, int attempt) {
        int expected = expectedOnHand == null ? UNCHECKED : expectedOnHand;
        return levels.adjust(storefrontId, itemId, delta, expected).chain(level -> {
            if (level != null) {
                return announce(level, StockChangeCause.ADJUST, reference, reason);
            }
            return levels.find(storefrontId, itemId).chain(now -> {
                ApiException why = whyAdjustFailed(storefrontId, itemId, now, delta, expected);
                if (why == null && attempt < ATTEMPTS) {
                    return adjust(storefrontId, itemId, delta, reason, reference, expectedOnHand, attempt + 1);
                }
                return Uni.createFrom().failure(why != null ? why : changedConcurrently());
            });
        });
    }

    private Uni<StockLevel> announce(StockLevel level, StockChangeCause cause, String reference, String reason) {
        return outbox.publish(InventoryEvents.TOPIC, InventoryEvents.STOCK_CHANGED, InventoryEvents.STOCK_CHANGED_VERSION,
                        InventoryEvents.keyOf(level.storefrontId, level.catalogueItemId),
                        StockChanged.of(level, cause, reference, reason))
                .replaceWith(level);
    }

    private static ApiException whySetFailed(UUID storefrontId, UUID itemId, StockLevel now, int quantity,
            String denomination, int unitValue, int expected) {
        if (now == null || now.deletedAt != null) {
            return StockProblems.noSuchItem(storefrontId, itemId);
        }
        List<ApiError.Detail> unit = new ArrayList<>();
        if (!denomination.isEmpty() && now.unitDenomination != null && !now.unitDenomination.equals(denomination)) {
            unit.add(new ApiError.Detail("unit_denomination", "is " + now.unitDenomination + " for this catalogue item"));
        }
        if (unitValue != 0 && now.unitValue != null && now.unitValue != unitValue) {
            unit.add(new ApiError.Detail("unit_value", "is " + now.unitValue + " for this catalogue item"));
        }
        if (!unit.isEmpty()) {
            return StockProblems.unprocessable(StockProblems.UNIT_MISMATCH, "the quantity must be in the catalogue item's unit ("
                    + now.unitValue + " " + now.unitDenomination + "); change the unit through the catalogue", unit);
        }
        if (expected != UNCHECKED && now.onHand != expected) {
            return StockProblems.conflict(StockProblems.ON_HAND_CHANGED, "on_hand changed since it was read: it is "
                    + now.onHand + ", not " + expected, "expected_on_hand", "on_hand is " + now.onHand + " now");
        }
        int spokenFor = now.held + now.committed;
        if (quantity < spokenFor) {
            return StockProblems.conflict(StockProblems.BELOW_SPOKEN_FOR, "on_hand cannot be set below the " + spokenFor
                    + " units spoken for (held " + now.held + ", committed " + now.committed + ")",
                    "quantity", "must be at least " + spokenFor);
        }
        return null;
    }

    private static ApiException whyAdjustFailed(UUID storefrontId, UUID itemId, StockLevel now, int delta, int expected) {
        if (now == null || now.deletedAt != null) {
            return StockProblems.noSuchItem(storefrontId, itemId);
        }
        if (expected != UNCHECKED && now.onHand != expected) {
            return StockProblems.conflict(StockProblems.ON_HAND_CHANGED, "on_hand changed since it was read: it is "
                    + now.onHand + ", not " + expected, "expected_on_hand", "on_hand is " + now.onHand + " now");
        }
        long after = (long) now.onHand + delta;
        int spokenFor = now.held + now.committed;
        if (after < spokenFor) {
            return StockProblems.conflict(StockProblems.BELOW_SPOKEN_FOR, "on_hand would be " + after + ", below the "
                    + spokenFor + " units spoken for (held " + now.held + ", committed " + now.committed + ")",
                    "delta", "must be at least " + (spokenFor - now.onHand));
        }
        if (after > StockLevel.MAX_QUANTITY) {
            return StockProblems.unprocessable(StockProblems.QUANTITY_TOO_LARGE, "on_hand would be " + after
                    + ", more than " + StockLevel.MAX_QUANTITY, List.of(new ApiError.Detail("delta",
                    "must be at most " + (StockLevel.MAX_QUANTITY - now.onHand))));
        }
        return null;
    }

    private static ApiException changedConcurrently() {
        return new ApiException(409, ErrorCodes.CONFLICT, "the stock changed concurrently; retry");
    }

    /** One batch item as read, or why it cannot be applied. */
    private record Parsed(int index, StockBatchItem item, ApiException problem) {
    }

    private Parsed parse(int index, JsonNode node) {
        if (node == null || !node.isObject()) {
            return new Parsed(index, null, StockProblems.invalid("the item must be a JSON object", List.of()));
        }
        StockBatchItem item;
        try {
            item = json.treeToValue(node, StockBatchItem.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? mapping.getPath().get(mapping.getPath().size() - 1).getFieldName() : null;
            UUID id = node.hasNonNull("catalogue_item_id") ? uuidOrNull(node.get("catalogue_item_id").asText()) : null;
            return new Parsed(index, new StockBatchItem(id, null, null, null, null, null, null, null),
                    StockProblems.invalid("the item is invalid", List.of(new ApiError.Detail(field, "has an invalid value"))));
        }
        List<ApiError.Detail> problems = new ArrayList<>();
        if (item.catalogueItemId() == null) {
            problems.add(new ApiError.Detail("catalogue_item_id", "must not be null"));
        }
        if ((item.quantity() == null) == (item.delta() == null)) {
            problems.add(new ApiError.Detail(null, "exactly one of quantity (set) and delta (adjust) must be given"));
        }
        if (item.quantity() != null && (item.quantity() < 0 || item.quantity() > StockLevel.MAX_QUANTITY)) {
            problems.add(new ApiError.Detail("quantity", "must be from 0 to " + StockLevel.MAX_QUANTITY));
        }
        if (item.delta() != null) {
            if (item.delta() == 0 || Math.abs((long) item.delta()) > StockLevel.MAX_QUANTITY) {
                problems.add(new ApiError.Detail("delta", "must be a non-zero number from -" + StockLevel.MAX_QUANTITY
                        + " to " + StockLevel.MAX_QUANTITY));
            }
            if (item.reason() == null || item.reason().isBlank() || item.reason().length() > 200) {
                problems.add(new ApiError.Detail("reason", "must be 1 to 200 characters for a delta"));
            }
        }
        if (item.unitValue() != null && (item.unitValue() <= 0 || item.unitValue() > StockLevel.MAX_QUANTITY)) {
            problems.add(new ApiError.Detail("unit_value", "must be greater than 0"));
        }
        if (item.expectedOnHand() != null && item.expectedOnHand() < 0) {
            problems.add(new ApiError.Detail("expected_on_hand", "must be greater than or equal to 0"));
        }
        if (item.reference() != null && item.reference().length() > 200) {
            problems.add(new ApiError.Detail("reference", "size must be between 0 and 200"));
        }
        return new Parsed(index, item, problems.isEmpty() ? null : StockProblems.invalid("the item is invalid", problems));
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(Objects.requireNonNull(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
