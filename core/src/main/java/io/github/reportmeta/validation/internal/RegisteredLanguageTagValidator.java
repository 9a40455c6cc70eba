package io.github.reportmeta.validation.internal;

import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.validation.RegisteredLanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link RegisteredLanguageTag} against {@link LanguageSubtags#registry()}, naming the first unregistered subtag. */
public final class RegisteredLanguageTagValidator implements ConstraintValidator<RegisteredLanguageTag, Object> {

    @Override
    public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String tag = value instanceof LanguageTag t ? t.value() : value.toString();
        LanguageSubtags registry = LanguageSubtags.registry();
        Optional<String> unregistered = registry.firstUnregistered(tag);
        if (unregistered.isEmpty()) {
            return true;
        }
        if (context instanceof HibernateConstraintValidatorContext h) {
            h.addMessageParameter("subtag", unregistered.get()).addMessageParameter("fileDate", registry.fileDate());
        }
        return false;
    }
}
