package io.github.reportmeta;

import io.github.reportmeta.validation.ValidChecksum;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An International Standard Serial Number, written {@code 1234-567X}: the number of a report series.
 *
 * @param value the ISSN with its hyphen
 */
@ValidChecksum
public record Issn(String value) implements Identifier, Checksummed {

    private static final Pattern SYNTAX = Pattern.compile("[0-9]{4}-[0-9]{3}[0-9X]");

    /** Checks the form {@code NNNN-NNNC}, with C a digit or X. */
    public Issn {
        IdentifierSyntax.check(value, SYNTAX, "ISSN must look like 1234-567X");
    }

    /**
     * Parses an ISSN, accepting a missing hyphen, a lower-case x and an {@code ISSN} label.
     *
     * @param text the ISSN
     * @return the ISSN in its canonical form
     */
    public static Issn parse(CharSequence text) {
        String s = text.toString().strip().toUpperCase(Locale.ROOT);
        if (s.startsWith("ISSN")) {
            s = s.substring(4).replaceFirst("^:?\\s*", "");
        }
        if (s.length() == 8 && s.indexOf('-') < 0) {
            s = s.substring(0, 4) + "-" + s.substring(4);
        }
        return new Issn(s);
    }

    @Override
    public boolean hasValidChecksum() {
        return CheckDigits.issn(value.replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
