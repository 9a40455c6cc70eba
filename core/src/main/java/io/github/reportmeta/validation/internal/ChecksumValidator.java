package io.github.reportmeta.validation.internal;

import io.github.reportmeta.Checksummed;
import io.github.reportmeta.validation.ValidChecksum;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link ValidChecksum}: the identifier's own check-digit algorithm must accept it. */
public final class ChecksumValidator implements ConstraintValidator<ValidChecksum, Checksummed> {

    @Override
    public boolean isValid(@Nullable Checksummed value, ConstraintValidatorContext context) {
        return value == null || value.hasValidChecksum();
    }
}
