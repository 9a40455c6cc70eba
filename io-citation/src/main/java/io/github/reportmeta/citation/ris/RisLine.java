package io.github.reportmeta.citation.ris;

import io.github.reportmeta.format.SourceLocation;
import java.util.Objects;

/**
 * One tagged field of a RIS record as read: its two-character tag, its value with any continuation lines joined by
 * line feeds, and where its tag starts.
 *
 * @param tag the tag, two upper-case letters or a letter and a digit
 * @param value the value, stripped of surrounding white space; empty for {@code ER} and empty fields
 * @param location the line and column of the tag
 */
record RisLine(String tag, String value, SourceLocation location) {

    RisLine {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
    }

    /** The field as a note names it: {@code AU 'Marx, Karl'}. */
    String describe() {
        return tag + " '" + io.github.reportmeta.internal.messages.Quoting.clip(value) + "'";
    }
}
