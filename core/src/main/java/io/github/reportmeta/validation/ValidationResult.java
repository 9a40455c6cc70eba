package io.github.reportmeta.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything validation found in one record, ordered by pointer and then by code.
 *
 * @param violations the violations, errors and warnings alike
 */
public record ValidationResult(List<Violation> violations) {

    /** Copies the violations. */
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    /**
     * Whether the record has no errors; warnings do not count.
     *
     * @return true when no violation is an error
     */
    public boolean isValid() {
        return violations.stream().noneMatch(Violation::isError);
    }

    /**
     * The errors.
     *
     * @return the violations of severity {@link Severity#ERROR}
     */
    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    /**
     * The warnings.
     *
     * @return the violations of severity {@link Severity#WARNING}
     */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.isError()).toList();
    }

    /** One violation a line. */
    @Override
    public String toString() {
        return violations.isEmpty()
                ? "valid"
                : violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }
}
