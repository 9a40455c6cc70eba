package io.github.reportmeta;

import io.github.reportmeta.validation.RegisteredLanguageTag;
import io.github.reportmeta.validation.Severity;
import io.github.reportmeta.validation.Strict;
import io.github.reportmeta.validation.WellFormedLanguageTag;
import java.util.Locale;
import java.util.Objects;

/**
 * A BCP 47 language tag such as {@code en}, {@code zh-Hans} or {@code zh-CN}, kept as written.
 *
 * <p>Construction rejects text that cannot be a tag at all (blank, or with characters other than ASCII letters,
 * digits and hyphens); whether the subtags are well-formed is checked by validation, and whether each is in the
 * IANA Language Subtag Registry too: an unregistered subtag ("English") is a warning, and an error in the strict
 * profile.
 *
 * @param value the tag as written
 */
@WellFormedLanguageTag
@RegisteredLanguageTag(payload = Severity.Warning.class)
@RegisteredLanguageTag(groups = Strict.class)
public record LanguageTag(String value) {

    /** English. */
    public static final LanguageTag ENGLISH = new LanguageTag("en");

    /** Chinese. */
    public static final LanguageTag CHINESE = new LanguageTag("zh");

    /** Checks that the value is made of ASCII letters, digits and hyphens. */
    public LanguageTag {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 64 || !isTag(value)) {
            throw new InvalidValueException(
                    "language tag must be made of ASCII letters, digits and hyphens (BCP 47), at most 64", value);
        }
    }

    /**
     * Parses a language tag.
     *
     * @param text the tag, such as {@code en} or {@code zh-Hans}
     * @return the tag, as written
     */
    public static LanguageTag parse(CharSequence text) {
        return new LanguageTag(text.toString());
    }

    /**
     * The tag as a {@link Locale}, by {@link Locale#forLanguageTag}.
     *
     * @return the locale
     */
    public Locale toLocale() {
        return Locale.forLanguageTag(value);
    }

    /**
     * Whether this tag names the same language as the other, ignoring case.
     *
     * @param other another tag
     * @return true when the tags are equal ignoring ASCII case
     */
    public boolean sameAs(LanguageTag other) {
        return value.equalsIgnoreCase(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Whether every character is a tag character: a loop, as every report read checks several tags. */
    private static boolean isTag(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!isTagChar(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTagChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
}
