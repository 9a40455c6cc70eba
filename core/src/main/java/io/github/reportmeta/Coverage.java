package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import io.github.reportmeta.validation.Trimmed;
import io.github.reportmeta.validation.XmlCharacters;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * The place or period a report is about: "China", "Yangtze River Delta", "1978-2018".
 *
 * @param kind whether the text names a place, a period, or the source does not say
 * @param text the place or period as written
 */
public record Coverage(
        Kind kind,
        @NotBlank @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = 1024) String text) {

    /** What a {@link Coverage} names. */
    public enum Kind implements Coded {
        /** A place (Dublin Core {@code dcterms:spatial}). */
        SPATIAL,
        /** A period (Dublin Core {@code dcterms:temporal}). */
        TEMPORAL,
        /** A place or period the source does not tell apart (Dublin Core {@code dc:coverage}). */
        UNSPECIFIED;

        /**
         * The kind with a code, ignoring case.
         *
         * @param code a code such as {@code temporal}
         * @return the kind
         * @throws InvalidValueException if no kind has that code
         */
        public static Kind ofCode(String code) {
            return Codes.lookup(Kind.class, code, "coverage kind");
        }
    }

    /** Checks that the kind and text are present. */
    public Coverage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
