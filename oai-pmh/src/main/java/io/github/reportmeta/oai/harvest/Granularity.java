package io.github.reportmeta.oai.harvest;

import io.github.reportmeta.xml.internal.XmlCursor;
import java.util.regex.Pattern;

/** The datestamp granularity a repository's {@code Identify} response declares. */
enum Granularity {
    /** {@code YYYY-MM-DD}. */
    DAY,
    /** {@code YYYY-MM-DDThh:mm:ssZ}. */
    SECOND;

    private static final Pattern DATESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?");

    /** The granularity an {@code Identify} response names; another is a failure. */
    static Granularity of(String declared) {
        return switch (declared.strip()) {
            case "YYYY-MM-DD" -> DAY;
            case "YYYY-MM-DDThh:mm:ssZ" -> SECOND;
            default -> throw new HarvestException("the repository's Identify response declares the granularity '"
                    + XmlCursor.clip(declared)
                    + "', but OAI-PMH 2.0 allows only YYYY-MM-DD and YYYY-MM-DDThh:mm:ssZ");
        };
    }

    /** Whether a text is an OAI-PMH datestamp of either granularity. */
    static boolean isDatestamp(String text) {
        return DATESTAMP.matcher(text).matches();
    }

    /** A datestamp as a {@code from} argument at this granularity: cut to the day, or as it is. */
    String argument(String datestamp) {
        return this == DAY ? datestamp.substring(0, 10) : datestamp;
    }
}
