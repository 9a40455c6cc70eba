package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import io.github.reportmeta.validation.Trimmed;
import io.github.reportmeta.validation.XmlCharacters;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * The physical or digital form of a report as a repository describes it: a media type ({@code application/pdf}),
 * an extent ({@code 42 p.}, {@code 1.2 MB}) or a medium ({@code paper}).
 *
 * @param kind what the text says
 * @param text the media type, extent or medium as written
 */
public record MediaFormat(
        Kind kind,
        @NotBlank @XmlCharacters @NoBidiControls(groups = Strict.class) @Trimmed @CodePointLength(max = 1024) String text) {

    /** What a {@link MediaFormat} says. */
    public enum Kind implements Coded {
        /** A media type, such as {@code application/pdf} (Dublin Core {@code dc:format}). */
        MEDIA_TYPE,
        /** The size or duration, such as {@code 42 p.} (Dublin Core {@code dcterms:extent}). */
        EXTENT,
        /** The material or carrier, such as {@code paper} (Dublin Core {@code dcterms:medium}). */
        MEDIUM;

        /**
         * The kind with a code, ignoring case.
         *
         * @param code a code such as {@code extent}
         * @return the kind
         * @throws InvalidValueException if no kind has that code
         */
        public static Kind ofCode(String code) {
            return Codes.lookup(Kind.class, code, "format kind");
        }
    }

    /** Checks that the kind and text are present. */
    public MediaFormat {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A media type.
     *
     * @param mediaType the media type, such as {@code application/pdf}
     * @return the format
     */
    public static MediaFormat mediaType(String mediaType) {
        return new MediaFormat(Kind.MEDIA_TYPE, mediaType);
    }

    /**
     * An extent.
     *
     * @param extent the size or duration, such as {@code 42 p.}
     * @return the format
     */
    public static MediaFormat extent(String extent) {
        return new MediaFormat(Kind.EXTENT, extent);
    }
}
