package io.github.reportmeta.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {

    static final Violation CHECKSUM = new Violation(Severity.ERROR, "checksum", "/identifiers/0", "check digit is wrong in '1'");
    static final Violation UNTRIMMED = new Violation(Severity.WARNING, "untrimmed", "/titles/0/text", "should not start or end with white space");
    static final Violation BLANK = new Violation(Severity.ERROR, "blank", "", "must not be blank");

    @Test
    void errorsAndWarningsSplitTheViolationsInOrder() {
        ValidationResult result = new ValidationResult(List.of(CHECKSUM, UNTRIMMED, BLANK));

        assertThat(result.errors()).containsExactly(CHECKSUM, BLANK);
        assertThat(result.warnings()).containsExactly(UNTRIMMED);
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void warningsAloneLeaveARecordValid() {
        ValidationResult result = new ValidationResult(List.of(UNTRIMMED));

        assertThat(result.isValid()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).containsExactly(UNTRIMMED);
    }

    @Test
    void noViolationsIsValid() {
        ValidationResult result = new ValidationResult(List.of());

        assertThat(result.isValid()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result).hasToString("valid");
    }

    @Test
    void printsOneViolationALineWithTheWholeDocumentAsSlash() {
        assertThat(new ValidationResult(List.of(CHECKSUM, UNTRIMMED, BLANK))).hasToString("""
                error /identifiers/0 [checksum]: check digit is wrong in '1'
                warning /titles/0/text [untrimmed]: should not start or end with white space
                error / [blank]: must not be blank""");
    }

    @Test
    void theViolationsAreCopied() {
        List<Violation> violations = new ArrayList<>(List.of(CHECKSUM));
        ValidationResult result = new ValidationResult(violations);
        violations.add(BLANK);

        assertThat(result.violations()).containsExactly(CHECKSUM);
    }

    @Test
    void everyPartOfAViolationIsRequired() {
        assertThatThrownBy(() -> new Violation(null, "c", "", "m")).hasMessage("severity");
        assertThatThrownBy(() -> new Violation(Severity.ERROR, null, "", "m")).hasMessage("code");
        assertThatThrownBy(() -> new Violation(Severity.ERROR, "c", null, "m")).hasMessage("pointer");
        assertThatThrownBy(() -> new Violation(Severity.ERROR, "c", "", null)).hasMessage("message");
    }
}
