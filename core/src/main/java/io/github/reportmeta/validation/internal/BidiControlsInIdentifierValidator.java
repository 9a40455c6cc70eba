package io.github.reportmeta.validation.internal;

import io.github.reportmeta.Identifier;
import io.github.reportmeta.validation.NoBidiControls;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link NoBidiControls} on an identifier or address, such as a DOI or a landing page, by its value. */
public final class BidiControlsInIdentifierValidator implements ConstraintValidator<NoBidiControls, Identifier> {

    private final BidiControlsValidator text = new BidiControlsValidator();

    @Override
    public boolean isValid(@Nullable Identifier value, ConstraintValidatorContext context) {
        return value == null || text.isValid(value.value(), context);
    }
}
