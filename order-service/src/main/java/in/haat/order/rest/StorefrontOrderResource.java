package in.haat.order.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.api.ApiException;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Breakup;
import in.haat.ondc.retail.Order;
import in.haat.ondc.retail.Price;
import in.haat.order.OrderAction;
import in.haat.order.SellerOrder;
import in.haat.order.mapping.SetuBuyerDetails;
import in.haat.order.service.OrderQueries;
import in.haat.order.service.SellerActions;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Setu's order API on a storefront: the list ({@code OrderOutputDTO}s) and the bulk state update
 * ({@code [{"order_id", "order_state"}]}, each order on its own, answered with counts and a result per order).
 */
@Path("/api/storefronts/{storefront_id}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders (Setu)")
public class StorefrontOrderResource {

    private final OrderQueries queries;
    private final SellerActions actions;

    public StorefrontOrderResource(OrderQueries queries, SellerActions actions) {
        this.queries = queries;
        this.actions = actions;
    }

    /** Setu's {@code OrderOutputDTO}. */
    public record SetuOrder(
            @JsonProperty("order_id") String orderId,
            @JsonProperty("order_state") String orderState,
            @JsonProperty("fulfilment_state") String fulfilmentState,
            @JsonProperty("order_items") List<SetuItem> orderItems,
            @JsonProperty("total_value") BigDecimal totalValue,
            @JsonProperty("fulfilment_type") String fulfilmentType,
            @Schema(nullable = true) @JsonProperty("buyer_details") SetuBuyerDetails buyerDetails,
            @Schema(nullable = true) JsonNode feedback,
            String notes,
            @JsonProperty("created_at") java.time.Instant createdAt) {
    }

    /** Setu's {@code OrderItemDTO}. */
    public record SetuItem(
            @JsonProperty("store_front_product_id") String storeFrontProductId,
            int quantity,
            @JsonProperty("unit_price") BigDecimal unitPrice,
            @JsonProperty("total_value") BigDecimal totalValue) {
    }

    /** Setu's {@code OrderUpdateItemDTO}. */
    public record StateUpdate(@JsonProperty("order_id") String orderId, @JsonProperty("order_state") String orderState,
            @JsonProperty("reason_code") String reasonCode) {
    }

    @GET
    @RolesAllowed("orders:read")
    @Operation(summary = "Get orders by storefront (Setu)")
    public Uni<List<SetuOrder>> list(@PathParam("storefront_id") UUID storefrontId) {
        return queries.ofStorefront(storefrontId).map(orders -> orders.stream().map(StorefrontOrderResource::setu).toList());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("orders:write")
    @Operation(summary = "Update order states by storefront (Setu)",
            description = "order_state is the state wanted (Accepted, Packed, Agent-assigned, Order-picked-up, Out-for-delivery, "
                    + "Order-delivered, Cancelled) or an action name; each order is updated on its own.")
    @APIResponse(responseCode = "202", description = "each order's outcome", content = @Content(schema = @Schema(implementation = SetuUpdateAnswer.class)))
    public Uni<Response> update(@PathParam("storefront_id") UUID storefrontId, List<StateUpdate> updates) {
        if (updates == null || updates.isEmpty() || updates.size() > 500) {
            throw ApiException.invalid("body", "must be a list of 1 to 500 {order_id, order_state}");
        }
        return queries.ofStorefront(storefrontId).chain(owned -> {
            java.util.Set<String> ids = new java.util.HashSet<>();
            owned.forEach(o -> ids.add(o.id));
            return Multi.createFrom().iterable(updates).onItem().transformToUniAndConcatenate(u -> {
                OrderAction action = OrderAction.fromSetu(u == null ? null : u.orderState()).orElse(null);
                if (u == null || u.orderId() == null || !ids.contains(u.orderId())) {
                    return Uni.createFrom().item(result(u, "failed", "NOT_FOUND", "no order in this storefront"));
                }
                if (action == null) {
                    return Uni.createFrom().item(result(u, "failed", "INVALID_REQUEST", "order_state " + u.orderState() + " is not one we can move to"));
                }
                String reason = action == OrderAction.REJECT && u.reasonCode() == null ? "005" : u.reasonCode();
                return actions.act(u.orderId(), action.path(), reason)
                        .map(view -> result(u, "approved", null, view.state() + " / " + view.fulfilmentState()))
                        .onFailure(ApiException.class).recoverWithItem(e -> result(u, "failed", ((ApiException) e).code(), e.getMessage()));
            }).collect().asList();
        }).map(results -> {
            long approved = results.stream().filter(r -> "approved".equals(r.get("status"))).count();
            return Response.accepted(Map.of("approved", Map.of("count", approved), "failed", Map.of("count", results.size() - approved),
                    "results", results)).build();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("orders:write")
    @Operation(summary = "Update order states by storefront (Setu's POST form, the same as PUT)")
    @APIResponse(responseCode = "202", description = "each order's outcome", content = @Content(schema = @Schema(implementation = SetuUpdateAnswer.class)))
    public Uni<Response> updateByPost(@PathParam("storefront_id") UUID storefrontId, List<StateUpdate> updates) {
        return update(storefrontId, updates);
    }

    private static Map<String, Object> result(StateUpdate u, String status, String code, String message) {
        Map<String, Object> r = new java.util.LinkedHashMap<>();
        r.put("order_id", u == null ? null : u.orderId());
        r.put("status", status);
        if (code != null) {
            r.put("error", Map.of("code", code, "message", message));
        } else {
            r.put("state", message);
        }
        return r;
    }

    private static SetuOrder setu(SellerOrder o) {
        List<SetuItem> items = new ArrayList<>();
        for (Breakup line : OndcJson.read(o.document, Order.class).quote().breakup()) {
            if ("item".equals(line.ondcTitleType())) {
                items.add(new SetuItem(line.ondcItemId() == null ? "" : line.ondcItemId(),
                        line.ondcItemQuantity() == null ? 0 : line.ondcItemQuantity().value(),
                        new BigDecimal(value(line.item() == null ? null : line.item().price())), new BigDecimal(value(line.price()))));
            }
        }
        return new SetuOrder(o.id, o.state.code(), o.fulfilmentState.code(), items, o.total, "SELF", SetuBuyerDetails.of(o.document),
                null, "", o.createdAt);
    }

    private static String value(Price price) {
        return price == null || price.value() == null ? "0" : price.value();
    }
}
