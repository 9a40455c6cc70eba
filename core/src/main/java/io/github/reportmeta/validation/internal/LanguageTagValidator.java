package io.github.reportmeta.validation.internal;

import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.validation.WellFormedLanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/** Checks {@link WellFormedLanguageTag} with the BCP 47 parser of {@link Locale.Builder}. */
public final class LanguageTagValidator implements ConstraintValidator<WellFormedLanguageTag, Object> {

    /** How many tags' answers are kept: a catalogue uses a few dozen tags again and again; beyond, each is parsed. */
    private static final int MAX_KEPT = 1024;
    private static final ConcurrentMap<String, Boolean> ANSWERS = new ConcurrentHashMap<>();

    @Override
    public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String tag = value instanceof LanguageTag t ? t.value() : value.toString();
        Boolean known = ANSWERS.get(tag);
        if (known != null) {
            return known;
        }
        boolean answer = isWellFormed(tag);
        if (ANSWERS.size() < MAX_KEPT) {
            ANSWERS.putIfAbsent(tag, answer);
        }
        return answer;
    }

    private static boolean isWellFormed(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
