package in.haat.inventory.service;

import in.haat.api.ApiError;
import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import in.haat.inventory.mapping.HoldLine;
import in.haat.inventory.repository.StockLevelRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The answer to a hold that could not take every line: each short line with what is available, or that it is unknown. */
@ApplicationScoped
public class HoldShortfalls {

    private final StockLevelRepository levels;

    public HoldShortfalls(StockLevelRepository levels) {
        this.levels = levels;
    }

    /** Why these lines of {@code asAsked} could not be held: 422 for items the storefront lacks, else 409 with what is left. */
    public Uni<ApiException> explain(UUID storefrontId, List<HoldLine> asAsked, List<HoldLine> shortLines) {
        return Multi.createFrom().iterable(shortLines)
                .onItem().transformToUniAndConcatenate(line -> levels.find(storefrontId, line.catalogueItemId())
                        .map(now -> {
                            int index = asAsked.indexOf(line);
                            if (now == null || now.deletedAt != null) {
                                return new Shortfall(true, new ApiError.Detail("items[" + index + "].catalogue_item_id",
                                        "is not in this storefront's catalogue"));
                            }
                            return new Shortfall(false, new ApiError.Detail("items[" + index + "].quantity",
                                    "only " + now.available + " available"));
                        }))
                .collect().asList()
                .map(shortfalls -> {
                    List<ApiError.Detail> details = shortfalls.stream().map(Shortfall::detail)
                            .sorted(Comparator.comparing(ApiError.Detail::field)).toList();
                    if (shortfalls.stream().anyMatch(Shortfall::unknown)) {
                        return new ApiException(422, ErrorCodes.UNPROCESSABLE,
                                "the hold names items this storefront does not have; nothing was held", details);
                    }
                    return new ApiException(409, StockProblems.INSUFFICIENT_STOCK,
                            "not enough available for every item; nothing was held", details);
                });
    }

    private record Shortfall(boolean unknown, ApiError.Detail detail) {
    }
}
