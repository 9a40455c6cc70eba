package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import java.util.Locale;
import java.util.Objects;
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
        Objects.requireNonNull(value, "value");
        if (!SYNTAX.matcher(value).matches()) {
            throw new InvalidValueException("Handle must look like prefix/suffix", value);
        }
    }

    /**
     * Parses a handle, accepting the {@code hdl:} and {@code https://hdl.handle.net/} forms.
     *
     * @param text the handle
     * @return the handle without its prefix
     */
    public static Handle parse(CharSequence text) {
        String s = text.toString().strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"https://hdl.handle.net/", "http://hdl.handle.net/", "hdl:"}) {
            if (lower.startsWith(prefix)) {
                s = s.substring(prefix.length());
                break;
            }
        }
        return new Handle(s);
    }

    @Override
    public IdentifierScheme scheme() {
        return IdentifierScheme.HANDLE;
    }

    @Override
    public String toString() {
        return value;
    }
}
