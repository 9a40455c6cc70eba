package io.github.reportmeta;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The two steps every identifier type takes: checking its canonical syntax, and dropping a resolver prefix. */
final class IdentifierSyntax {

    private IdentifierSyntax() {}

    /**
     * Checks a value against an identifier's syntax.
     *
     * @param value the value
     * @param syntax the pattern the whole value must match
     * @param expected what the value must look like, for the message
     * @throws InvalidValueException naming the value when it does not match
     */
    static void check(String value, Pattern syntax, String expected) {
        Objects.requireNonNull(value, "value");
        if (!syntax.matcher(value).matches()) {
            throw new InvalidValueException(expected, value);
        }
    }

    /**
     * The text without surrounding white space and without the first of the prefixes it starts with, ignoring case.
     *
     * @param text the identifier as written
     * @param prefixes resolver addresses and labels, in lower case, longest first where one starts another
     * @return the rest
     */
    static String withoutPrefix(CharSequence text, String... prefixes) {
        String s = text.toString().strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix)) {
                return s.substring(prefix.length());
            }
        }
        return s;
    }
}
