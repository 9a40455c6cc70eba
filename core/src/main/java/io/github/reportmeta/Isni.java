package io.github.reportmeta;

import io.github.reportmeta.validation.ValidChecksum;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An International Standard Name Identifier of an organisation, held as sixteen characters without spaces.
 *
 * <p>Its last character is an ISO 7064 MOD 11-2 check character, checked by validation.
 *
 * @param value fifteen digits and a check digit or X
 */
@ValidChecksum
public record Isni(String value) implements Checksummed {

    private static final Pattern SYNTAX = Pattern.compile("[0-9]{15}[0-9X]");

    /** Checks the form of fifteen digits and a check character. */
    public Isni {
        IdentifierSyntax.check(value, SYNTAX, "ISNI must be 16 characters, 15 digits and a check digit or X");
    }

    /**
     * Parses an ISNI, accepting spaces between the groups and the {@code https://isni.org/isni/} form.
     *
     * @param text the ISNI
     * @return the ISNI without spaces
     */
    public static Isni parse(CharSequence text) {
        String s = IdentifierSyntax.withoutPrefix(text, "https://isni.org/isni/");
        return new Isni(s.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean hasValidChecksum() {
        return CheckDigits.iso7064Mod11_2(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
