package io.github.reportmeta;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date in the life of a report other than its issued date, with its kind: when it was created, accepted, made
 * available, taken into a repository (DSpace's accession), last modified.
 *
 * @param kind what happened at that date
 * @param value the date in W3CDTF: {@code 2018}, {@code 2018-12}, {@code 2018-12-10}, or a date and time such as
 *     {@code 2002-06-21T03:39:45Z}; the time zone may be left out, as repositories do ({@code 2013-05-15T15:43:54})
 */
public record ReportDate(Kind kind, String value) {

    private static final Pattern W3CDTF = Pattern.compile("\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01])"
            + "(?:T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)?)?)?)?");

    /** What happened to a report at a {@link ReportDate}. */
    public enum Kind implements Coded {
        /** The report was written (Dublin Core {@code dcterms:created}). */
        CREATED,
        /** The report was submitted (Dublin Core {@code dcterms:dateSubmitted}). */
        SUBMITTED,
        /** The report was accepted (Dublin Core {@code dcterms:dateAccepted}). */
        ACCEPTED,
        /** A repository took the report in (DSpace's {@code dc.date.accessioned}). */
        ACCESSIONED,
        /** The report became available (Dublin Core {@code dcterms:available}). */
        AVAILABLE,
        /** The report was last changed (Dublin Core {@code dcterms:modified}). */
        MODIFIED,
        /** The report's copyright date (Dublin Core {@code dcterms:dateCopyrighted}). */
        COPYRIGHTED,
        /** A date the source gives without saying what happened then (a further {@code dc:date}). */
        OTHER;

        /**
         * The kind with a code, ignoring case.
         *
         * @param code a code such as {@code modified}
         * @return the kind
         * @throws InvalidValueException if no kind has that code
         */
        public static Kind ofCode(String code) {
            return Codes.lookup(Kind.class, code, "date kind");
        }
    }

    /**
     * Checks that the kind is present and the value is a W3CDTF date or date and time.
     *
     * @throws InvalidValueException if the value is no W3CDTF date
     */
    public ReportDate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (!isW3cdtf(value)) {
            throw new InvalidValueException("a date must be W3CDTF, such as 2018, 2018-12, 2018-12-10 or "
                    + "2018-12-10T08:30:00Z", value);
        }
    }

    /**
     * A date of a kind.
     *
     * @param kind what happened at that date
     * @param value the date in W3CDTF
     * @return the date
     * @throws InvalidValueException if the value is no W3CDTF date
     */
    public static ReportDate of(Kind kind, String value) {
        return new ReportDate(kind, value);
    }

    /**
     * Whether a text is a W3CDTF date or date and time, as this type accepts it.
     *
     * @param text the text
     * @return whether {@link #of} accepts it
     */
    public static boolean isW3cdtf(CharSequence text) {
        return W3CDTF.matcher(text).matches();
    }
}
