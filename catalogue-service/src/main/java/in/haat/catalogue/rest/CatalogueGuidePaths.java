package in.haat.catalogue.rest;

import in.haat.api.IdempotentRequests;
import in.haat.catalogue.service.CatalogueService;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The same catalogue API on the singular path of Setu's guide ({@code /api/storefront/{id}/catalogue}); left out
 * of the OpenAPI document, which names only the plural form we answer with.
 */
@Path("/api/storefront/{storefront_id}/catalogue")
public class CatalogueGuidePaths extends CatalogueResource {

    public CatalogueGuidePaths(CatalogueService catalogue, IdempotentRequests idempotent,
            @ConfigProperty(name = "haat.catalogue.max-item-size", defaultValue = "256K") MemorySize maxItemSize) {
        super(catalogue, idempotent, maxItemSize);
    }
}
