package io.github.reportmeta.validation.internal;

import io.github.reportmeta.validation.NoBidiControls;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link NoBidiControls}, naming the first bidi control and where it stands. */
public final class BidiControlsValidator implements ConstraintValidator<NoBidiControls, CharSequence> {

    /** Every bidi control, as {@link #isBidiControl} defines them. */
    private static final char[] BIDI_CONTROLS = {'\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D',
        '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'};

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
     * The same for a {@code String}: one {@link String#indexOf(int)} for each control, which the JDK answers at once
     * for text without characters beyond U+00FF and otherwise scans without a call per character. A loop over
     * {@code charAt} here was left with {@code charAt} out of line in some JVMs, up to a quarter of their time.
     *
     * @param text the text
     * @return its index, or -1 when the text has none
     */
    public static int firstBidiControl(String text) {
        int first = -1;
        for (char control : BIDI_CONTROLS) {
            int at = text.indexOf(control);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
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
