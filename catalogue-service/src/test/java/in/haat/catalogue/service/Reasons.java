package in.haat.catalogue.service;

import in.haat.catalogue.mapping.CatalogueJobView.Reason;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test helper: the reasons of a rule check as field to message, to assert on in one line. */
final class Reasons {

    private Reasons() {
    }

    static Map<String, String> byField(List<Reason> reasons) {
        return reasons.stream().collect(Collectors.toMap(r -> String.valueOf(r.field()), Reason::message, (a, b) -> a + " | " + b,
                java.util.LinkedHashMap::new));
    }
}
