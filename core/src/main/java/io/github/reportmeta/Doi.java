package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import java.util.regex.Pattern;

/**
 * A Digital Object Identifier such as {@code 10.1234/drc.2018.215}, held without a resolver prefix.
 *
 * @param value the DOI, starting with {@code 10.}
 */
@NoBidiControls(groups = Strict.class)
public record Doi(String value) implements Identifier {

    private static final Pattern SYNTAX = Pattern.compile("10\\.[0-9]+(?:\\.[0-9]+)*/\\S+");

    /** Checks the DOI syntax: {@code 10.}, a registrant code, a slash and a suffix without white space. */
    public Doi {
        IdentifierSyntax.check(value, SYNTAX, "DOI must look like 10.1234/suffix");
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
