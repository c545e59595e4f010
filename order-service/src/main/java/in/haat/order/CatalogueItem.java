package in.haat.order;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** order-service's copy of a catalogue item: the document of catalogue-service's last {@code catalogue-item.upserted}. */
@Entity
@Table(name = "catalogue_item")
@IdClass(CatalogueItem.Key.class)
public class CatalogueItem {

    @Id
    @Column(name = "storefront_id")
    public UUID storefrontId;

    @Id
    @Column(name = "catalogue_item_id")
    public UUID catalogueItemId;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode document;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "event_at", nullable = false)
    public Instant eventAt;

    /** An item of a storefront; also the key of {@link ItemStock}. */
    public static class Key implements Serializable {

        public UUID storefrontId;
        public UUID catalogueItemId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(storefrontId, k.storefrontId) && Objects.equals(catalogueItemId, k.catalogueItemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(storefrontId, catalogueItemId);
        }
    }
}
