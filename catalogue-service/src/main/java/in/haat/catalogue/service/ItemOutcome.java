package in.haat.catalogue.service;

import in.haat.catalogue.mapping.CatalogueItemDocument;
import in.haat.catalogue.mapping.CatalogueJobView;
import java.util.List;
import java.util.UUID;

/** What the rules made of one item of a bulk call: accepted with its document, or rejected with reasons. */
public record ItemOutcome(int position, String rawId, UUID id, CatalogueItemDocument document,
        List<CatalogueJobView.Reason> reasons) {

    public boolean accepted() {
        return reasons.isEmpty();
    }

    static ItemOutcome accepted(int position, UUID id, CatalogueItemDocument document) {
        return new ItemOutcome(position, id.toString(), id, document, List.of());
    }

    static ItemOutcome rejected(int position, String rawId, List<CatalogueJobView.Reason> reasons) {
        return new ItemOutcome(position, rawId, null, null, List.copyOf(reasons));
    }
}
