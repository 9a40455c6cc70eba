package io.github.reportmeta.citation.bibtex;

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

/** Writing and reading BibTeX in tests, with the notes of each. */
final class BibtexTesting {

    static final BibtexFormat FORMAT = new BibtexFormat();

    private BibtexTesting() {}

    /** A written document and the notes of its write. */
    record Written(String text, List<ConversionNote> notes) {}

    /** A read document and the notes of its read. */
    record Read(List<Report> reports, List<ConversionNote> notes) {}

    static Written write(Report... reports) {
        return write(List.of(reports));
    }

    static Written write(Iterable<Report> reports) {
        List<ConversionNote> notes = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = FORMAT.newWriter(out, WriteOptions.DEFAULT.withListener(notes::add))) {
            reports.forEach(writer::write);
        }
        return new Written(out.toString(StandardCharsets.UTF_8), notes);
    }

    static Read read(String text) {
        return read(text, ReadOptions.of("test.bib"));
    }

    static Read read(String text, ReadOptions options) {
        List<ConversionNote> notes = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        try (ReportReader reader = FORMAT.newReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                options.withListener(notes::add))) {
            reader.forEachRemaining(reports::add);
        }
        return new Read(reports, notes);
    }

    static Report readOne(String text) {
        List<Report> reports = read(text).reports();
        if (reports.size() != 1) {
            throw new AssertionError("expected one report, but read " + reports.size());
        }
        return reports.get(0);
    }

    /** The components a write named as lost, for one report. */
    static List<String> lostComponents(List<ConversionNote> notes) {
        return notes.stream().filter(n -> n.kind() == ConversionNote.Kind.LOSS)
                .map(n -> n.pointer().split("/", 3)[1]).distinct().sorted().toList();
    }
}
