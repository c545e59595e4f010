package in.haat.catalogue.rest;

import in.haat.api.IdempotentRequests;
import in.haat.catalogue.service.StorefrontService;
import jakarta.ws.rs.Path;

/**
 * The same storefront API on the singular paths of Setu's guide ({@code /api/storefront},
 * {@code /api/storefront/{id}}), so clients written against either Setu document work. Left out of the
 * OpenAPI document (mp.openapi.scan.exclude.classes): generated clients use the plural form.
 */
@Path("/api/storefront")
public class StorefrontGuidePaths extends StorefrontResource {

    public StorefrontGuidePaths(StorefrontService storefronts, IdempotentRequests idempotent) {
        super(storefronts, idempotent);
    }
}
