package io.github.reportmeta.xml.internal;

import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.internal.ModelTexts;
import io.github.reportmeta.internal.XmlChars;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, before anything of it is written, a value that the codec's own readers would refuse: a character that
 * XML 1.0 forbids, a text longer than {@link SecureStax#MAX_TEXT_LENGTH}, elements nested deeper than
 * {@link SecureStax#MAX_DEPTH}, and a report larger than the default {@link ReadOptions#maxReportBytes()}. The
 * canonical XML writer and the Dublin Core writers share it.
 */
public final class XmlReadBackCheck {

    /** The most bytes of markup (tags, indentation) that one value of a report costs. */
    static final int BYTES_PER_VALUE = 320;

    private XmlReadBackCheck() {}

    /**
     * Checks a report as the canonical XML writer writes it in a catalogue: its text, its size and the nesting of
     * its organisations.
     *
     * @param r the report
     * @throws ReportMetadataException naming the report, the field's JSON Pointer and what was expected
     */
    public static void report(Report r) {
        Tally tally = new Tally();
        int values = ReportTexts.walk(r, tally);
        if (tally.refused) {
            // Walked again, with pointers, only to refuse the first text exactly as it is named.
            ModelTexts.walk(r, "", (pointer, text) -> text(r.id(), pointer, text));
        }
        size(r.id(), tally.bytes, values);
        // In a catalogue the report is the third element, so its publisher is the fourth, the agent of an author
        // the sixth and an affiliation the eighth; each level of parents adds one, and the name one more.
        if (r.publisher() != null) {
            depth(r.id(), "/publisher", r.publisher(), 4);
        }
        List<Author> authors = r.authors();
        for (int i = 0; i < authors.size(); i++) {
            String at = "/authors/" + i + "/agent";
            if (authors.get(i).agent() instanceof Organization o) {
                depth(r.id(), at, o, 6);
            } else {
                List<Organization> affiliations = ((Person) authors.get(i).agent()).affiliations();
                for (int j = 0; j < affiliations.size(); j++) {
                    depth(r.id(), at + "/affiliations/" + j, affiliations.get(j), 8);
                }
            }
        }
    }

    /** The bytes of a report's texts, and whether one of them is refused, found without building pointers. */
    private static final class Tally implements ReportTexts.Sink {
        private long bytes;
        private boolean refused;

        @Override
        public void text(String text) {
            long written = text.length() > SecureStax.MAX_TEXT_LENGTH ? -1 : checkedBytes(text);
            if (written < 0) {
                refused = true;
            } else {
                bytes += written;
            }
        }
    }

    /**
     * {@link #bytes} and {@link XmlChars#firstIllegal} in one pass over the text, as the writer's hot path needs
     * them: the bytes as {@code bytes} counts them, or -1 when {@code firstIllegal} would find a character.
     */
    static long checkedBytes(String text) {
        long bytes = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                byte cost = ASCII_BYTES[c];
                if (cost == 0) {
                    return -1;
                }
                bytes += cost;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (c < 0xD800) {
                bytes += 3;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return -1;
                }
                bytes += 4;
                i++;
            } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                return -1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** What {@link #bytes} counts for each ASCII character, and 0 for the controls XML 1.0 forbids. */
    private static final byte[] ASCII_BYTES = asciiBytes();

    private static byte[] asciiBytes() {
        byte[] table = new byte[0x80];
        for (char c = 0; c < 0x80; c++) {
            boolean illegal = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            table[c] = (byte) (illegal ? 0 : bytes(String.valueOf(c)));
        }
        return table;
    }

    /**
     * Checks a catalogue header as the canonical XML writer writes it.
     *
     * @param h the header
     * @throws ReportMetadataException naming the field's JSON Pointer and what was expected
     */
    public static void header(CatalogueHeader h) {
        ModelTexts.walk(h, "", (pointer, text) -> text(null, pointer, text));
        if (h.publisher() != null) {
            depth(null, "/publisher", h.publisher(), 2);
        }
    }

    /**
     * Checks one text and returns an upper bound of its bytes as written (escaped, in UTF-8).
     *
     * @param id the report's id, or {@code null} for the header
     * @param where the field's JSON Pointer, or the element it is written as
     * @param text the text
     * @return at most how many bytes the text takes
     * @throws ReportMetadataException if the text holds a character XML 1.0 forbids or is too long
     */
    public static long text(@Nullable ReportId id, String where, @Nullable String text) {
        if (text == null) {
            return 0;
        }
        characters(id, where, text);
        if (text.length() > SecureStax.MAX_TEXT_LENGTH) {
            throw refused(id, where, "is " + text.length() + " characters (UTF-16 code units) long; expected at most "
                    + SecureStax.MAX_TEXT_LENGTH + ", the longest text the XML readers accept");
        }
        return bytes(text);
    }

    /** The most bytes {@link #bytes} counts for one character: {@code "} and {@code '} escaped. */
    public static final int MOST_BYTES_PER_CHAR = 6;

    /** An upper bound of a text's bytes as written: escaped, in UTF-8. */
    private static long bytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += c == '&' ? 5 : c == '<' || c == '>' || c == '\r' ? 5 : c == '"' || c == '\'' ? 6 : 1;
            } else if (c < 0x800 || Character.isSurrogate(c)) {
                bytes += 2;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * Checks a text that a format derived from the report (a Dublin Core statement, an HTML {@code <meta>}),
     * naming in a refusal the field of the report that the text comes from.
     *
     * @param r the report
     * @param element what the text is written as, such as {@code dc:title}
     * @param text the text
     * @param limitLength whether the format has a reader, whose text length limit then applies
     * @return at most how many bytes the text takes
     * @throws ReportMetadataException if the text holds a character XML 1.0 forbids or is too long
     */
    public static long derived(Report r, String element, String text, boolean limitLength) {
        try {
            return derived(r.id(), element, text, limitLength);
        } catch (ReportMetadataException refused) {
            String source = source(r, text);
            if (source == null) {
                throw refused;
            }
            return derived(r.id(), source + " (written as " + element + ")", text, limitLength);
        }
    }

    private static long derived(ReportId id, String where, String text, boolean limitLength) {
        if (limitLength) {
            return text(id, where, text);
        }
        characters(id, where, text);
        return 0;
    }

    /** The pointer of the longest string of the report that the text holds, preferring one XML cannot carry. */
    private static @Nullable String source(Report r, String text) {
        @Nullable String[] best = {null, null};
        int[] length = {-1, -1};
        ModelTexts.walk(r, "", (pointer, candidate) -> {
            if (candidate.isEmpty() || !text.contains(candidate)) {
                return;
            }
            int kind = XmlChars.firstIllegal(candidate) >= 0 ? 0 : 1;
            if (candidate.length() > length[kind]) {
                length[kind] = candidate.length();
                best[kind] = pointer;
            }
        });
        return best[0] != null ? best[0] : best[1];
    }

    private static void characters(@Nullable ReportId id, String where, String text) {
        int bad = XmlChars.firstIllegal(text);
        if (bad >= 0) {
            throw refused(id, where, "holds " + XmlChars.describe(text, bad) + " at index " + bad
                    + ", a character XML 1.0 cannot carry; expected text without control characters other than TAB,"
                    + " LF and CR, unpaired surrogates, U+FFFE and U+FFFF");
        }
    }

    /**
     * Refuses a report whose texts and values would take more bytes than a reader accepts by default.
     *
     * @param id the report's id
     * @param textBytes the bytes of its texts, as {@link #text} counted them
     * @param values how many values (texts, elements) it has
     * @throws ReportMetadataException if the report would be larger than the limit
     */
    public static void size(ReportId id, long textBytes, int values) {
        if (!withinSize(textBytes, values)) {
            long bound = textBytes + (long) values * BYTES_PER_VALUE;
            throw refused(id, "", "takes up to " + bound + " bytes; expected at most "
                    + ReadOptions.DEFAULT_MAX_REPORT_BYTES + " bytes, what a reader accepts by default"
                    + " (ReadOptions.maxReportBytes)");
        }
    }

    /**
     * Whether a report of texts of this many bytes and this many values is within the size {@link #size} allows;
     * given {@link #MOST_BYTES_PER_CHAR} times the characters of the texts, true means that {@link #size} would
     * pass whatever the characters are, without counting them.
     *
     * @param textBytes the bytes of its texts, or a bound of them
     * @param values how many values (texts, elements) it has
     * @return whether that is within the limit
     */
    public static boolean withinSize(long textBytes, int values) {
        return textBytes + (long) values * BYTES_PER_VALUE <= ReadOptions.DEFAULT_MAX_REPORT_BYTES;
    }

    private static void depth(@Nullable ReportId id, String pointer, Organization o, int depthOfFirst) {
        int chain = o.hierarchy().size();
        if (depthOfFirst + chain > SecureStax.MAX_DEPTH) {
            throw refused(id, pointer, "is organisation " + ModelTexts.quote(o.name()) + " with " + chain
                    + " levels of parents; XML documents nest at most " + SecureStax.MAX_DEPTH
                    + " elements, so expected at most " + (SecureStax.MAX_DEPTH - depthOfFirst) + " here");
        }
    }

    private static ReportMetadataException refused(@Nullable ReportId id, String where, String what) {
        return new ReportMetadataException((id == null ? "catalogue header" : "report " + ModelTexts.quote(id.value()))
                + " cannot be written as XML: " + (where.isEmpty() ? "the report" : where) + " " + what);
    }
}
