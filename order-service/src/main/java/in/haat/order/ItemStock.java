package in.haat.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** Available stock of an item as inventory-service's latest {@code stock.changed} (by version) said. */
@Entity
@Table(name = "item_stock")
@IdClass(CatalogueItem.Key.class)
public class ItemStock {

    @Id
    @Column(name = "storefront_id")
    public UUID storefrontId;

    @Id
    @Column(name = "catalogue_item_id")
    public UUID catalogueItemId;

    @Column(nullable = false)
    public int available;

    @Column(nullable = false)
    public long version;
}
