package io.github.reportmeta.citation.ris;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private boolean first = true;

    RisWriter(OutputStream out, WriteOptions options) {
        super(out, options);
    }

    @Override
    protected byte[] prepare(Report report) {
        byte[] bytes = text(RisMapping.fields(report)).getBytes(StandardCharsets.UTF_8);
        Report back = readBack(report.id(), bytes);
        for (RisMapping.Component c : RisMapping.COMPONENTS) {
            if (!Objects.equals(c.value().apply(report), c.value().apply(back))) {
                note(ConversionNote.loss(report.id(), "/" + c.name(), c.loss()));
            }
        }
        return bytes;
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
            throw new ReportMetadataException("report " + id + " takes " + bytes.length
                    + " bytes as RIS, more than the " + ReadOptions.DEFAULT_MAX_REPORT_BYTES + " a reader accepts");
        }
        try (RisRecords records = new RisRecords(new ByteArrayInputStream(bytes), "report " + id,
                ReadOptions.DEFAULT_MAX_REPORT_BYTES, false, note -> { })) {
            RisRecords.Record record = Objects.requireNonNull(records.next(), "the record just written");
            return RisMapping.report(record.fields(), id, RisMapping.Notes.NONE);
        } catch (ReportMetadataException e) {
            throw new ReportMetadataException("report " + id + " cannot be written as RIS that reads back: "
                    + e.getMessage(), e);
        }
    }

    @Override
    protected void prepareHeader(CatalogueHeader header) {
        String reason = "RIS has no catalogue header";
        note(new ConversionNote(ConversionNote.Kind.LOSS, null, "/id", reason, null));
        note(new ConversionNote(ConversionNote.Kind.LOSS, null, "/titles", reason, null));
        if (header.publisher() != null) {
            note(new ConversionNote(ConversionNote.Kind.LOSS, null, "/publisher", reason, null));
        }
        if (header.issued() != null) {
            note(new ConversionNote(ConversionNote.Kind.LOSS, null, "/issued", reason, null));
        }
        if (header.updated() != null) {
            note(new ConversionNote(ConversionNote.Kind.LOSS, null, "/updated", reason, null));
        }
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
