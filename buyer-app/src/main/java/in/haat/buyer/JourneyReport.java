package in.haat.buyer;

import java.util.ArrayList;
import java.util.List;

/** What a journey did: each step with its latency and checks, its transaction, and the order id it ended with. */
public final class JourneyReport {

    /** One step: a request and its callback, or a seller action and the unsolicited callback it caused. */
    public record Step(String name, double millis, List<Check> checks) {
        public boolean passed() {
            return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
        }
    }

    private final List<Step> steps = new ArrayList<>();
    private String orderId;
    private String transactionId;

    void add(Step step) {
        steps.add(step);
    }

    void transactionId(String id) {
        transactionId = id;
    }

    /** The transaction the journey played (its messages are in the gateway's log under this id). */
    public String transactionId() {
        return transactionId;
    }

    void orderId(String id) {
        orderId = id;
    }

    public String orderId() {
        return orderId;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public boolean passed() {
        return !steps.isEmpty() && steps.stream().allMatch(Step::passed);
    }

    /** Every failed check, as "step: check: detail", for an assertion message. */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        for (Step step : steps) {
            for (Check check : step.checks()) {
                if (!check.passed()) {
                    failures.add(step.name() + ": " + check.name() + ": " + check.detail());
                }
            }
        }
        return failures;
    }
}
