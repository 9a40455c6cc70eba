package io.github.reportmeta.validation.internal;

import io.github.reportmeta.PartialDate;
import io.github.reportmeta.validation.NotInFuture;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Checks {@link NotInFuture} against the clock of the validation context. */
public final class NotInFutureValidator implements ConstraintValidator<NotInFuture, PartialDate> {

    @Override
    public boolean isValid(@Nullable PartialDate value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        return !value.earliest().isAfter(today);
    }
}
