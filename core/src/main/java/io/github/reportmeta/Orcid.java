package io.github.reportmeta;

import io.github.reportmeta.validation.ValidChecksum;
import java.util.regex.Pattern;

/**
 * An ORCID iD such as {@code 0000-0002-1825-0097}, held without the {@code https://orcid.org/} prefix.
 *
 * <p>Its last character is an ISO 7064 MOD 11-2 check character, checked by validation.
 *
 * @param value the sixteen characters in four hyphenated groups
 */
@ValidChecksum
public record Orcid(String value) implements Checksummed {

    private static final Pattern SYNTAX = Pattern.compile("[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]");

    /** Checks the form {@code 0000-0000-0000-000X}. */
    public Orcid {
        IdentifierSyntax.check(value, SYNTAX, "ORCID iD must look like 0000-0000-0000-000X");
    }

    /**
     * Parses an ORCID iD, accepting the {@code https://orcid.org/} form.
     *
     * @param text the iD
     * @return the iD without its prefix
     */
    public static Orcid parse(CharSequence text) {
        String s = IdentifierSyntax.withoutPrefix(text, "https://orcid.org/", "http://orcid.org/", "orcid.org/");
        return new Orcid(s);
    }

    @Override
    public boolean hasValidChecksum() {
        return CheckDigits.iso7064Mod11_2(value.replace("-", ""));
    }

    /**
     * The iD as its canonical address.
     *
     * @return {@code https://orcid.org/} followed by the iD
     */
    public String uri() {
        return "https://orcid.org/" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
