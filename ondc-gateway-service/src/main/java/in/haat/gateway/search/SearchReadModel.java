package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Writes the gateway's copy of storefronts, items and stock; an older version never overwrites a newer one. Runs in the caller's transaction. */
@ApplicationScoped
public class SearchReadModel {

    public Uni<Void> storefront(JsonNode storefront, Instant at) {
        return execute("insert into search_storefront (storefront_id, seller_id, document, updated_at) "
                + "values (?1, ?2, cast(cast(?3 as text) as jsonb), ?4) on conflict (storefront_id) do update "
                + "set seller_id = excluded.seller_id, document = excluded.document, updated_at = excluded.updated_at "
                + "where search_storefront.updated_at <= excluded.updated_at",
                uuid(storefront, "storefront_id"), uuid(storefront, "seller_id"), storefront.toString(), at);
    }

    public Uni<Void> storefrontDeleted(UUID storefrontId) {
        return execute("delete from search_item where storefront_id = ?1", storefrontId)
                .chain(() -> execute("delete from search_stock where storefront_id = ?1", storefrontId))
                .chain(() -> execute("delete from search_storefront where storefront_id = ?1", storefrontId));
    }

    public Uni<Void> item(JsonNode item, Instant at) {
        String name = item.path("catalogue_item_details").path("name").asText("");
        return execute("insert into search_item (storefront_id, catalogue_item_id, name, document, updated_at) "
                + "values (?1, ?2, ?3, cast(cast(?4 as text) as jsonb), ?5) on conflict (storefront_id, catalogue_item_id) do update "
                + "set name = excluded.name, document = excluded.document, updated_at = excluded.updated_at "
                + "where search_item.updated_at <= excluded.updated_at",
                uuid(item, "storefront_id"), uuid(item, "catalogue_item_id"), name, item.toString(), at);
    }

    public Uni<Void> itemDeleted(UUID storefrontId, UUID itemId) {
        return execute("delete from search_item where storefront_id = ?1 and catalogue_item_id = ?2", storefrontId, itemId)
                .chain(() -> execute("delete from search_stock where storefront_id = ?1 and catalogue_item_id = ?2", storefrontId, itemId));
    }

    public Uni<Void> stock(UUID storefrontId, UUID itemId, int available, Instant at) {
        return execute("insert into search_stock (storefront_id, catalogue_item_id, available, updated_at) values (?1, ?2, ?3, ?4) "
                + "on conflict (storefront_id, catalogue_item_id) do update set available = excluded.available, "
                + "updated_at = excluded.updated_at where search_stock.updated_at <= excluded.updated_at",
                storefrontId, itemId, available, at);
    }

    private static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.path(field).asText());
    }

    private static Uni<Void> execute(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
