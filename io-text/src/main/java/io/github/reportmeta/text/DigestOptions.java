package io.github.reportmeta.text;

import io.github.reportmeta.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * How a digest is laid out and how much it holds.
 *
 * @param width the column the text digest wraps at, 40 or more
 * @param maxReports the most reports a digest shows; the newest are kept, the rest left out with a note
 * @param openingLength the longest opening of an abstract, in characters, before it is cut at a word boundary
 * @param since the first issued date a digest covers, or {@code null} to show every report written; reports that
 *     cannot reach it are left out with a note, and the date is named in the digest's heading
 */
public record DigestOptions(int width, int maxReports, int openingLength, @Nullable PartialDate since) {

    /** The default: 72 columns, at most 100 reports, openings of up to 280 characters, no date limit. */
    public static final DigestOptions DEFAULT = new DigestOptions(72, 100, 280, null);

    /** The most reports any digest may hold, so that a digest stays a short e-mail however it is fed. */
    public static final int MAX_REPORTS_LIMIT = 10_000;

    /** Checks the values. */
    public DigestOptions {
        if (width < 40 || width > 1000) {
            throw new IllegalArgumentException("width must be between 40 and 1000 columns, but was " + width);
        }
        if (maxReports < 1 || maxReports > MAX_REPORTS_LIMIT) {
            throw new IllegalArgumentException(
                    "maxReports must be between 1 and " + MAX_REPORTS_LIMIT + ", but was " + maxReports);
        }
        if (openingLength < 20) {
            throw new IllegalArgumentException("openingLength must be 20 or more, but was " + openingLength);
        }
    }

    /**
     * These options covering reports issued since a date.
     *
     * @param value the first day, or {@code null} for no limit
     * @return a copy
     */
    public DigestOptions withSince(@Nullable PartialDate value) {
        return new DigestOptions(width, maxReports, openingLength, value);
    }

    /**
     * These options with another report limit.
     *
     * @param value the most reports shown
     * @return a copy
     */
    public DigestOptions withMaxReports(int value) {
        return new DigestOptions(width, value, openingLength, since);
    }

    /**
     * These options with another opening length.
     *
     * @param value the longest opening of an abstract, in characters
     * @return a copy
     */
    public DigestOptions withOpeningLength(int value) {
        return new DigestOptions(width, maxReports, value, since);
    }

    /**
     * These options wrapping at another column.
     *
     * @param value the column
     * @return a copy
     */
    public DigestOptions withWidth(int value) {
        return new DigestOptions(value, maxReports, openingLength, since);
    }
}
