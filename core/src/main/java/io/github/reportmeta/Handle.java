package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import java.util.regex.Pattern;

/**
 * A Handle System identifier such as {@code 20.500.12345/678}: a prefix, a slash and a local name.
 *
 * @param value the handle without a resolver prefix
 */
@NoBidiControls(groups = Strict.class)
public record Handle(String value) implements Identifier {

    private static final Pattern SYNTAX = Pattern.compile("[^/\\s]+/\\S+");

    /** Checks the form prefix/suffix, without white space. */
    public Handle {
        IdentifierSyntax.check(value, SYNTAX, "Handle must look like prefix/suffix");
    }

    /**
     * Parses a handle, accepting the {@code hdl:} and {@code https://hdl.handle.net/} forms.
     *
     * @param text the handle
     * @return the handle without its prefix
     */
    public static Handle parse(CharSequence text) {
        String s = IdentifierSyntax.withoutPrefix(text, "https://hdl.handle.net/", "http://hdl.handle.net/", "hdl:");
        return new Handle(s);
    }

    @Override
    public String toString() {
        return value;
    }
}
