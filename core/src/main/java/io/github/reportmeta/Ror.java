package io.github.reportmeta;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Research Organization Registry identifier such as {@code 05gq02987}, held without the
 * {@code https://ror.org/} prefix.
 *
 * @param value a zero, six Crockford base-32 characters and two digits
 */
public record Ror(String value) {

    private static final Pattern SYNTAX = Pattern.compile("0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}");

    /** Checks the ROR form: {@code 0}, six base-32 characters without i, l, o and u, and two digits. */
    public Ror {
        IdentifierSyntax.check(value, SYNTAX, "ROR id must look like 0abcde123 (nine characters)");
    }

    /**
     * Parses a ROR id, accepting the {@code https://ror.org/} form.
     *
     * @param text the id
     * @return the id without its prefix
     */
    public static Ror parse(CharSequence text) {
        String s = text.toString().strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("https://ror.org/")) {
            s = s.substring("https://ror.org/".length());
        }
        return new Ror(s);
    }

    /**
     * The id as its canonical address.
     *
     * @return {@code https://ror.org/} followed by the id
     */
    public String uri() {
        return "https://ror.org/" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
