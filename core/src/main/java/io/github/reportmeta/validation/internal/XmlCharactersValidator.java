package io.github.reportmeta.validation.internal;

import io.github.reportmeta.internal.XmlChars;
import io.github.reportmeta.validation.XmlCharacters;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link XmlCharacters}. */
public final class XmlCharactersValidator implements ConstraintValidator<XmlCharacters, CharSequence> {

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || XmlChars.firstIllegal(value) < 0;
    }
}
