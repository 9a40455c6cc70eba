package io.github.reportmeta.citation.ris;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What the RIS tests share: reading text or bytes with its notes, and writing reports with theirs. */
final class RisTesting {

    private RisTesting() {}

    /** Reports read and the notes of the reading. */
    record Read(List<Report> reports, List<ConversionNote> notes) {
        Report only() {
            if (reports.size() != 1) {
                throw new AssertionError("expected one report, but read " + reports.size());
            }
            return reports.get(0);
        }

        List<String> messages() {
            return notes.stream().map(ConversionNote::message).toList();
        }
    }

    /** Written bytes and the notes of the writing. */
    record Written(byte[] bytes, List<ConversionNote> notes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static Read read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), false);
    }

    static Read readLeniently(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), true);
    }

    static Read read(byte[] bytes, boolean lenient) {
        List<ConversionNote> notes = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        ReadOptions options = ReadOptions.of("test.ris").withLenient(lenient).withListener(notes::add);
        try (ReportReader reader = new RisFormat().newReader(new ByteArrayInputStream(bytes), options)) {
            reader.forEachRemaining(reports::add);
        }
        return new Read(reports, notes);
    }

    static Written write(List<Report> reports) {
        List<ConversionNote> notes = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = new RisFormat().newWriter(out, WriteOptions.DEFAULT.withListener(notes::add))) {
            reports.forEach(writer::write);
        }
        return new Written(out.toByteArray(), notes);
    }
}
