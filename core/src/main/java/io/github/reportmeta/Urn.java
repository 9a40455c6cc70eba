package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import java.util.regex.Pattern;

/**
 * A Uniform Resource Name (RFC 8141) such as {@code urn:nbn:de:0001-12345}.
 *
 * @param value the URN
 */
@NoBidiControls(groups = Strict.class)
public record Urn(String value) implements Identifier {

    private static final Pattern SYNTAX = Pattern.compile("(?i)urn:[a-z0-9][a-z0-9-]{0,30}[a-z0-9]:\\S+");

    /** Checks the form {@code urn:NID:NSS}. */
    public Urn {
        IdentifierSyntax.check(value, SYNTAX, "URN must look like urn:nid:specific-string");
    }

    /**
     * Parses a URN.
     *
     * @param text the URN
     * @return the URN
     */
    public static Urn parse(CharSequence text) {
        return new Urn(text.toString().strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
