package in.haat.buyer;

import java.util.List;

/** A callback and the outcome of every check made on it. */
public record CheckedCallback(Callback callback, List<Check> checks) {

    public boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }

    public List<Check> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
