package io.github.reportmeta.validation.internal;

import io.github.reportmeta.validation.Trimmed;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Trimmed}: no white space, by {@link Character#isWhitespace}, at either end. */
public final class TrimmedValidator implements ConstraintValidator<Trimmed, CharSequence> {

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.length() == 0) {
            return true;
        }
        return !Character.isWhitespace(value.charAt(0)) && !Character.isWhitespace(value.charAt(value.length() - 1));
    }
}
