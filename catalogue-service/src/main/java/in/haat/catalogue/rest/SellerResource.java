package in.haat.catalogue.rest;

import in.haat.catalogue.mapping.NewSeller;
import in.haat.catalogue.mapping.SellerView;
import in.haat.catalogue.service.SellerService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seller REST API: register a seller and read it back. */
@Path("/api/sellers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sellers")
public class SellerResource {

    private final SellerService sellers;

    public SellerResource(SellerService sellers) {
        this.sellers = sellers;
    }

    @POST
    @Operation(summary = "Register a seller")
    public Uni<Response> create(@Valid @NotNull NewSeller request) {
        return sellers.create(request).map(seller -> Response.created(URI.create("/api/sellers/" + seller.id))
                .entity(SellerView.of(seller)).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a seller")
    public Uni<SellerView> get(@PathParam("id") UUID id) {
        return sellers.find(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("no seller " + id))
                .map(SellerView::of);
    }
}
