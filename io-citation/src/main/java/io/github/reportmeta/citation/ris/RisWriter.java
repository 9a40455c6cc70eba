package io.github.reportmeta.citation.ris;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Identifier;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.Url;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportWriter;
import io.github.reportmeta.internal.ModelTexts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes one RIS record per report, lines ending in CR LF and records apart by an empty line. Each record is read
 * back before it is written: a component that does not come back as it was is a loss, and a record the reader
 * would refuse is refused.
 */
final class RisWriter extends AbstractReportWriter<byte[]> {

    private static final String EOL = "\r\n";
    /** The strings of a report that RIS writes, by JSON Pointer; identifiers are narrowed to DOIs and addresses. */
    private static final Pattern WRITTEN = Pattern.compile("/(id|titles/\\d+/text|authors/\\d+/agent/name"
            + "(/(family|given|particle|suffix|literal))?|abstracts/\\d+/text|keywords/\\d+/term|publisher(/parent)*/name"
            + "|number/(series|number)|language|identifiers/\\d+/value|landingPage/value|fullText/value)");
    /** The longest line of a value: a line of the reader, less the tag and its separator. */
    private static final int MAX_VALUE_LINE = RisRecords.MAX_LINE - 6;
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private boolean first = true;

    RisWriter(OutputStream out, WriteOptions options) {
        super(out, options);
    }

    @Override
    protected byte[] prepare(Report report) {
        ModelTexts.walk(report, "", (pointer, text) -> {
            if (WRITTEN.matcher(pointer).matches() && written(report, pointer)) {
                check(report.id(), pointer, text);
            }
        });
        byte[] bytes = text(RisMapping.fields(report)).getBytes(StandardCharsets.UTF_8);
        Report back = readBack(report.id(), bytes);
        for (RisMapping.Component c : RisMapping.COMPONENTS) {
            if (!Objects.equals(c.value().apply(report), c.value().apply(back))) {
                note(ConversionNote.loss(report.id(), "/" + c.name(), c.loss()));
            }
        }
        return bytes;
    }

    /** Whether RIS writes the string at a pointer that {@link #WRITTEN} matches: of identifiers, DOIs and addresses. */
    private static boolean written(Report report, String pointer) {
        if (!pointer.startsWith("/identifiers/")) {
            return true;
        }
        Identifier id = report.identifiers().get(Integer.parseInt(pointer.split("/")[2]));
        return id instanceof Doi || id instanceof Url;
    }

    /** Refuses a string the reader would refuse or could not give back: a control character, a lone surrogate, a long line. */
    private static void check(ReportId id, String pointer, String text) {
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                line = 0;
                continue;
            }
            if (++line > MAX_VALUE_LINE) {
                throw refused(id, pointer, "has a line longer than " + MAX_VALUE_LINE
                        + " characters; expected at most that, so that the line with its tag is one the reader takes");
            }
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if ((c < 0x20 && c != '\t') || c == 0x7F || c == 0xFFFE || c == 0xFFFF || !paired) {
                throw refused(id, pointer, String.format(Locale.ROOT, "holds U+%04X at index %d; expected text without"
                        + " control characters other than tab and line breaks, noncharacters or unpaired surrogates,"
                        + " which RIS as UTF-8 text cannot carry", (int) c, i));
            }
        }
    }

    private static ReportMetadataException refused(ReportId id, String pointer, String what) {
        return new ReportMetadataException("report " + ModelTexts.quote(id.value()) + " cannot be written as RIS: "
                + pointer + " " + what);
    }

    /** The record's text; a line break in a value becomes a continuation line, unless it would start a field. */
    static String text(List<RisMapping.Field> fields) {
        StringBuilder b = new StringBuilder();
        for (RisMapping.Field f : fields) {
            String[] lines = LINE_BREAK.split(f.value(), -1);
            b.append(f.tag()).append("  - ").append(lines[0]);
            for (int i = 1; i < lines.length; i++) {
                b.append(RisRecords.isTagged(lines[i].strip()) ? " " : EOL).append(lines[i]);
            }
            b.append(EOL);
        }
        return b.toString();
    }

    private static Report readBack(ReportId id, byte[] bytes) {
        if (bytes.length > ReadOptions.DEFAULT_MAX_REPORT_BYTES) {
            throw new ReportMetadataException("report " + ModelTexts.quote(id.value()) + " takes " + bytes.length
                    + " bytes as RIS, more than the " + ReadOptions.DEFAULT_MAX_REPORT_BYTES + " a reader accepts");
        }
        try (RisRecords records = new RisRecords(new ByteArrayInputStream(bytes), "report " + id,
                ReadOptions.DEFAULT_MAX_REPORT_BYTES, false, note -> { })) {
            RisRecords.Record record = Objects.requireNonNull(records.next(), "the record just written");
            return RisMapping.report(record.fields(), id, RisMapping.Notes.NONE);
        } catch (ReportMetadataException e) {
            throw new ReportMetadataException("report " + ModelTexts.quote(id.value())
                    + " cannot be written as RIS that reads back: "
                    + e.getMessage(), e);
        }
    }

    @Override
    protected void prepareHeader(CatalogueHeader header) {
        noteHeaderNotKept(header, "RIS has no catalogue header");
    }

    @Override
    protected void startDocument(@Nullable CatalogueHeader header) {
        // A RIS file is its records: nothing comes before the first.
    }

    @Override
    protected void writeReport(byte[] record) throws IOException {
        if (!first) {
            output().write(EOL.getBytes(StandardCharsets.US_ASCII));
        }
        first = false;
        output().write(record);
    }

    @Override
    protected void endDocument() {
        // Nothing follows the last record.
    }

    @Override
    protected void finish() throws IOException {
        output().flush();
    }
}
