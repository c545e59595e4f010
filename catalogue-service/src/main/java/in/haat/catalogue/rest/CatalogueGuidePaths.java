package in.haat.catalogue.rest;

import in.haat.api.IdempotentRequests;
import in.haat.catalogue.service.CatalogueService;
import jakarta.ws.rs.Path;

/**
 * The same catalogue API on the singular path of Setu's guide ({@code /api/storefront/{id}/catalogue}); left out
 * of the OpenAPI document, which names only the plural form we answer with.
 */
@Path("/api/storefront/{storefront_id}/catalogue")
public class CatalogueGuidePaths extends CatalogueResource {

    public CatalogueGuidePaths(CatalogueService catalogue, IdempotentRequests idempotent) {
        super(catalogue, idempotent);
    }
}
