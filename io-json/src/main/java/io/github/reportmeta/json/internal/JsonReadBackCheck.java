package io.github.reportmeta.json.internal;

import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.internal.ModelTexts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, before anything of it is written, a value that the codec's own reader would refuse: text with U+0000
 * or an unpaired surrogate, a string longer than {@link JsonSetup#MAX_STRING_LENGTH}, organisations nested deeper
 * than {@link JsonSetup#MAX_DEPTH}, and a report larger than the default {@link ReadOptions#maxReportBytes()}.
 */
public final class JsonReadBackCheck {

    /** The most bytes of structure (names, punctuation, indentation) that one value of a report costs. */
    static final int BYTES_PER_VALUE = 320;

    private JsonReadBackCheck() {}

    /**
     * Checks a report, as written in a catalogue document or a JSON Lines stream.
     *
     * @param r the report
     * @throws ReportMetadataException naming the report, the field's JSON Pointer and what was expected
     */
    public static void report(Report r) {
        report(r, null);
    }

    /**
     * Checks a report, as {@link #report(Report)} does, and leaves its strings encoded in {@code strings} for
     * {@link ModelWriter#to}: the check and the encoding are one pass over each string.
     *
     * @param r the report
     * @param strings where to encode the report's strings (cleared first), or null not to
     * @throws ReportMetadataException naming the report, the field's JSON Pointer and what was expected
     */
    public static void report(Report r, @Nullable EncodedStrings strings) {
        if (!ReadBackTally.of(r, strings).fits()) {
            reportInDetail(r);
        }
        // A catalogue document opens a report at depth 3, so its publisher at 4, a team at 6, an affiliation at 8.
        if (r.publisher() != null) {
            checkDepth(r.id(), "/publisher", r.publisher(), 4);
        }
        List<Author> authors = r.authors();
        for (int i = 0; i < authors.size(); i++) {
            Author author = authors.get(i);
            if (author.agent() instanceof Organization o) {
                if (tooDeep(o, 6)) {
                    checkDepth(r.id(), "/authors/" + i + "/agent", o, 6);
                }
            } else {
                List<Organization> affiliations = ((Person) author.agent()).affiliations();
                for (int j = 0; j < affiliations.size(); j++) {
                    if (tooDeep(affiliations.get(j), 8)) {
                        checkDepth(r.id(), "/authors/" + i + "/agent/affiliations/" + j, affiliations.get(j), 8);
                    }
                }
            }
        }
    }

    /**
     * The check of a report's strings and size through the model's record components, with the JSON Pointer of
     * each string: what {@link ReadBackTally} computes without pointers, run again to say which string is refused.
     */
    static void reportInDetail(Report r) {
        long[] bytes = {0};
        int values = ModelTexts.walk(r, "", (pointer, text) -> bytes[0] += checkText(r.id(), pointer, text));
        long bound = bytes[0] + (long) values * BYTES_PER_VALUE;
        if (bound > ReadOptions.DEFAULT_MAX_REPORT_BYTES) {
            throw refused(r.id(), "", "takes up to " + bound + " bytes; expected at most "
                    + ReadOptions.DEFAULT_MAX_REPORT_BYTES + " bytes, what a reader accepts by default"
                    + " (ReadOptions.maxReportBytes)");
        }
    }

    /**
     * Checks a catalogue header.
     *
     * @param h the header
     * @throws ReportMetadataException naming the field's JSON Pointer and what was expected
     */
    public static void header(CatalogueHeader h) {
        ModelTexts.walk(h, "", (pointer, text) -> checkText(null, pointer, text));
        if (h.publisher() != null) {
            checkDepth(null, "/publisher", h.publisher(), 2);
        }
    }

    /** Checks one string and returns an upper bound of its bytes as written (quoted and escaped, in UTF-8). */
    private static long checkText(@Nullable ReportId id, String pointer, String text) {
        long bytes = ReadBackTally.bytes(text);
        if (bytes < 0) {
            refuseText(id, pointer, text);
        }
        return bytes;
    }

    /** Throws the refusal of a string that {@link ReadBackTally#bytes} found unreadable. */
    private static void refuseText(@Nullable ReportId id, String pointer, String text) {
        int length = text.length();
        if (length > JsonSetup.MAX_STRING_LENGTH) {
            throw refused(id, pointer, "is " + length + " characters (UTF-16 code units) long; expected at most "
                    + JsonSetup.MAX_STRING_LENGTH + ", the longest string the JSON reader accepts");
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw refused(id, pointer, "holds U+0000 (NUL) at index " + i
                        + "; expected text without NUL, which the JSON reader refuses");
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused(id, pointer, String.format("holds the unpaired surrogate U+%04X at index %d; expected "
                        + "Unicode scalar values, which the JSON reader requires", (int) c, i));
            }
        }
    }

    /** Whether an organisation whose object opens at {@code depthOfFirst} nests its parents too deep. */
    private static boolean tooDeep(Organization o, int depthOfFirst) {
        return depthOfFirst + chain(o) - 1 > JsonSetup.MAX_DEPTH;
    }

    /** The organisation and its parents: the size of its {@link Organization#hierarchy()}, without building it. */
    private static int chain(Organization o) {
        int chain = 0;
        for (Organization at = o; at != null; at = at.parent()) {
            chain++;
        }
        return chain;
    }

    private static void checkDepth(@Nullable ReportId id, String pointer, Organization o, int depthOfFirst) {
        int chain = chain(o);
        if (tooDeep(o, depthOfFirst)) {
            throw refused(id, pointer, "is organisation " + ModelTexts.quote(o.name()) + " with " + chain
                    + " levels of parents; the JSON format nests at most " + JsonSetup.MAX_DEPTH
                    + " levels, so expected at most " + (JsonSetup.MAX_DEPTH - depthOfFirst + 1) + " here");
        }
    }

    private static ReportMetadataException refused(@Nullable ReportId id, String pointer, String what) {
        return new ReportMetadataException((id == null ? "catalogue header" : "report " + ModelTexts.quote(id.value())) + " cannot be written as JSON: " + (pointer.isEmpty() ? "the report" : pointer) + " " + what);
    }
}
