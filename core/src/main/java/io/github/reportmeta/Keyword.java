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
 * A key word or phrase of a report, in a language, optionally from a controlled vocabulary.
 *
 * @param term the word or phrase
 * @param language its language, or {@code null} when the source does not say
 * @param vocabulary the vocabulary it comes from, as a scheme name ({@code JEL}) or URI, or {@code null} for free text
 */
public record Keyword(
        @NotBlank @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = Keyword.MAX_LENGTH) String term,
        @Valid @Nullable LanguageTag language,
        @Nullable @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = 1024) String vocabulary) {

    /** The longest term, in code points, that validation accepts. */
    public static final int MAX_LENGTH = 512;

    /** Checks that the term is present. */
    public Keyword {
        Objects.requireNonNull(term, "term");
    }

    /**
     * A free-text keyword in a language.
     *
     * @param term the word or phrase
     * @param language its language
     * @return the keyword
     */
    public static Keyword of(String term, LanguageTag language) {
        return new Keyword(term, language, null);
    }

    /**
     * A free-text keyword whose language is not known.
     *
     * @param term the word or phrase
     * @return the keyword
     */
    public static Keyword of(String term) {
        return new Keyword(term, null, null);
    }

    @Override
    public String toString() {
        return term;
    }
}
