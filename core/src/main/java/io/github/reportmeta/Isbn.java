package io.github.reportmeta;

import io.github.reportmeta.validation.ValidChecksum;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An International Standard Book Number, ISBN-10 or ISBN-13, kept with the hyphens it was written with.
 *
 * @param value the ISBN as written, such as {@code 978-7-5177-0123-4}
 */
@ValidChecksum
public record Isbn(String value) implements Identifier, Checksummed {

    private static final Pattern SYNTAX = Pattern.compile("[0-9][0-9 -]{8,15}[0-9Xx]");

    /** Checks that the value is ten or thirteen digits (an ISBN-10 may end in X), with hyphens or spaces. */
    public Isbn {
        Objects.requireNonNull(value, "value");
        String compact = compact(value);
        boolean ten = compact.length() == 10 && compact.substring(0, 9).chars().allMatch(Character::isDigit);
        boolean thirteen = compact.length() == 13 && compact.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!SYNTAX.matcher(value).matches() || !(ten || thirteen)) {
            throw new InvalidValueException("ISBN must have 10 or 13 digits, with optional hyphens", value);
        }
    }

    /**
     * Parses an ISBN, accepting an {@code ISBN} or {@code ISBN-13:} label before it.
     *
     * @param text the ISBN
     * @return the ISBN
     */
    public static Isbn parse(CharSequence text) {
        String s = text.toString().strip();
        String upper = s.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("ISBN")) {
            s = s.substring(4).replaceFirst("^(-1[03])?:?\\s*", "");
        }
        return new Isbn(s);
    }

    /**
     * The ISBN without hyphens or spaces.
     *
     * @return ten or thirteen characters
     */
    public String compact() {
        return compact(value);
    }

    @Override
    public boolean hasValidChecksum() {
        String c = compact();
        return c.length() == 10 ? CheckDigits.isbn10(c) : CheckDigits.ean13(c);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String compact(String value) {
        return value.replace("-", "").replace(" ", "");
    }
}
