package in.haat.ondc.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the validator found: errors (the message is refused, NACK with the first one's code) and warnings (accepted,
 * logged on the transaction).
 */
public record ValidationResult(List<Problem> errors, List<Problem> warnings) {

    public ValidationResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public static ValidationResult valid() {
        return new ValidationResult(List.of(), List.of());
    }

    public static ValidationResult refused(Problem error) {
        return new ValidationResult(List.of(error), List.of());
    }

    /** True if nothing refuses the message (warnings may remain). */
    public boolean ok() {
        return errors.isEmpty();
    }

    public Optional<Problem> firstError() {
        return errors.stream().findFirst();
    }

    /** This result with another's findings after its own. */
    public ValidationResult and(ValidationResult other) {
        List<Problem> allErrors = new ArrayList<>(errors);
        allErrors.addAll(other.errors);
        List<Problem> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(other.warnings);
        return new ValidationResult(allErrors, allWarnings);
    }

    /** Errors and then warnings, each as "path: message": empty only for a message that matches the spec exactly. */
    public List<String> problems() {
        List<String> all = new ArrayList<>();
        errors.forEach(p -> all.add(p.toString()));
        warnings.forEach(p -> all.add(p.toString()));
        return all;
    }
}
