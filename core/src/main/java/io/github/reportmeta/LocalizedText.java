package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import io.github.reportmeta.validation.Trimmed;
import io.github.reportmeta.validation.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * A piece of text in a known (or unknown) language: a title, an abstract, an organisation's name.
 *
 * @param text the text
 * @param language the BCP 47 tag of its language, or {@code null} when the source does not say
 */
public record LocalizedText(
        @NotBlank @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = LocalizedText.MAX_LENGTH) String text,
        @Valid @Nullable LanguageTag language) {

    /** The longest text, in code points, that validation accepts. */
    public static final int MAX_LENGTH = 100_000;

    /** Checks that the text is present. */
    public LocalizedText {
        Objects.requireNonNull(text, "text");
    }

    /**
     * Text in a language.
     *
     * @param text the text
     * @param language its language
     * @return the localized text
     */
    public static LocalizedText of(String text, LanguageTag language) {
        return new LocalizedText(text, Objects.requireNonNull(language, "language"));
    }

    /**
     * Text in a language given by its tag.
     *
     * @param text the text
     * @param language its BCP 47 tag, such as {@code en}
     * @return the localized text
     */
    public static LocalizedText of(String text, String language) {
        return new LocalizedText(text, LanguageTag.parse(language));
    }

    /**
     * Text whose language is not known.
     *
     * @param text the text
     * @return the localized text
     */
    public static LocalizedText of(String text) {
        return new LocalizedText(text, null);
    }

    /** The text, without its language. */
    @Override
    public String toString() {
        return text;
    }
}
