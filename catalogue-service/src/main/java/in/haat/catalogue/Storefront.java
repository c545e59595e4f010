package in.haat.catalogue;

import in.haat.catalogue.mapping.Json;
import in.haat.catalogue.mapping.NewStorefront;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A storefront: one location of a seller, with its own catalogue, hours and serviceability. */
@Entity
@Table(name = "storefront")
public class Storefront {

    @Id
    public UUID id;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @Column(nullable = false)
    public String name;

    /** JSON array of the storefront's categories (a subset of the seller's). */
    @Column(nullable = false)
    public String categories;

    /** The storefront as the client last stated it, as JSON ({@link NewStorefront}). */
    @Column(nullable = false)
    public String document;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public NewStorefront content() {
        return Json.read(document, NewStorefront.class);
    }

    public List<String> categoryList() {
        return Json.stringList(categories);
    }

    public void setContent(NewStorefront content) {
        this.name = content.name();
        this.categories = Json.write(content.categories());
        this.document = Json.write(content);
    }
}
