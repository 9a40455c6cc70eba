package io.github.reportmeta.validation.internal;

import io.github.reportmeta.validation.NoBidiControls;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link NoBidiControls}, naming the first bidi control and where it stands. */
public final class BidiControlsValidator implements ConstraintValidator<NoBidiControls, CharSequence> {

    /** The lowest bidi control, U+061C ARABIC LETTER MARK: most text has nothing at or above it. */
    private static final char FIRST_BIDI_CONTROL = '\u061C';

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int at = firstBidiControl(value);
        if (at < 0) {
            return true;
        }
        if (context instanceof HibernateConstraintValidatorContext h) {
            h.addMessageParameter("character", String.format("U+%04X", (int) value.charAt(at)))
                    .addMessageParameter("index", Character.codePointCount(value, 0, at));
        }
        return false;
    }

    /**
     * The index of the first bidirectional control character.
     *
     * @param text the text
     * @return its index, or -1 when the text has none
     */
    public static int firstBidiControl(CharSequence text) {
        return firstBidiControl(text.toString());
    }

    /**
     * The same for a {@code String}, the one loop: every text of every report passes through it, and through
     * {@code CharSequence} the call to {@code charAt} was left out of line in some JVMs, a quarter of their time.
     *
     * @param text the text
     * @return its index, or -1 when the text has none
     */
    public static int firstBidiControl(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= FIRST_BIDI_CONTROL && isBidiControl(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a character is a bidirectional control: U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C.
     *
     * @param c the character
     * @return true for a bidi control
     */
    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }
}
