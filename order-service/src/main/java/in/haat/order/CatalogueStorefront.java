package in.haat.order;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** order-service's copy of a storefront: the document of catalogue-service's last {@code storefront.upserted}. */
@Entity
@Table(name = "catalogue_storefront")
public class CatalogueStorefront {

    @Id
    @Column(name = "storefront_id")
    public UUID storefrontId;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @Column(name = "partner_id")
    public String partnerId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode document;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "event_at", nullable = false)
    public Instant eventAt;
}
