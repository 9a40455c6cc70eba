package io.github.reportmeta.validation.internal;

import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.validation.WellFormedLanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Checks {@link WellFormedLanguageTag} with the BCP 47 parser of {@link Locale.Builder}. */
public final class LanguageTagValidator implements ConstraintValidator<WellFormedLanguageTag, Object> {

    @Override
    public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String tag = value instanceof LanguageTag t ? t.value() : value.toString();
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
