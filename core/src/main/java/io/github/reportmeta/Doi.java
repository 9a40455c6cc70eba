package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import java.util.Objects;

/**
 * A Digital Object Identifier such as {@code 10.1234/drc.2018.215}, held without a resolver prefix.
 *
 * @param value the DOI, starting with {@code 10.}
 */
@NoBidiControls(groups = Strict.class)
public record Doi(String value) implements Identifier {

    /** Checks the DOI syntax: {@code 10.}, a registrant code, a slash and a suffix without white space. */
    public Doi {
        Objects.requireNonNull(value, "value");
        if (!isDoi(value)) {
            throw new InvalidValueException("DOI must look like 10.1234/suffix", value);
        }
    }

    /**
     * Whether text is {@code 10.}, runs of digits joined by single dots, a slash and a suffix of at least one
     * character without white space in the sense of {@code java.util.regex}'s {@code \s} (space, tab, line feed,
     * vertical tab, form feed, carriage return); a loop rather than a regular expression, as every DOI read is
     * checked.
     *
     * @param text the text to check
     * @return true for a DOI
     */
    static boolean isDoi(String text) {
        int n = text.length();
        if (n < 5 || text.charAt(0) != '1' || text.charAt(1) != '0' || text.charAt(2) != '.') {
            return false;
        }
        int p = 3;
        while (true) {
            int digits = p;
            while (p < n && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
                p++;
            }
            if (p == digits || p == n) {
                return false;
            }
            char c = text.charAt(p++);
            if (c == '/') {
                break;
            }
            if (c != '.') {
                return false;
            }
        }
        if (p == n) {
            return false;
        }
        for (; p < n; p++) {
            char c = text.charAt(p);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a DOI, accepting the {@code doi:} and {@code https://doi.org/} forms.
     *
     * @param text the DOI
     * @return the DOI without its prefix
     */
    public static Doi parse(CharSequence text) {
        String s = IdentifierSyntax.withoutPrefix(text, "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:");
        return new Doi(s);
    }

    /**
     * The DOI as a resolvable address.
     *
     * @return {@code https://doi.org/} followed by the DOI
     */
    public String uri() {
        return "https://doi.org/" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
