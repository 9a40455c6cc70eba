package io.github.reportmeta.format;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

/** A toy format for testing the SPI: a line "#ids", then one report id a line; it drops everything else. */
public final class IdListFormat implements ReportFormat {

    /** The format, as ServiceLoader makes it. */
    public IdListFormat() {}

    @Override public String name() { return "ids"; }
    @Override public String description() { return "report ids, one a line"; }
    @Override public String mediaType() { return "text/plain"; }
    @Override public List<String> extensions() { return List.of("ids"); }
    @Override public boolean canRead() { return true; }
    @Override public boolean canWrite() { return true; }

    @Override
    public Detection detect(byte[] head) {
        return new String(head, StandardCharsets.UTF_8).startsWith("#ids\n")
                ? Detection.of(Detection.Strength.CERTAIN, "the #ids line") : Detection.NONE;
    }

    @Override
    public ReportReader newReader(InputStream in, ReadOptions options) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new ReportReader() {
            private String next = read();

            private String read() {
                try {
                    String line;
                    do {
                        line = lines.readLine();
                    } while (line != null && line.startsWith("#"));
                    return line;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override public CatalogueHeader header() { return null; }
            @Override public boolean hasNext() { return next != null; }

            @Override
            public Report next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Report r = Report.builder(ReportId.of(next)).build();
                next = read();
                return r;
            }

            @Override public SourceLocation location() { return SourceLocation.of(options.sourceName()); }
            @Override public ConversionReport conversionReport() { return ConversionReport.EMPTY; }

            @Override
            public void close() {
                try {
                    lines.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public ReportWriter newWriter(OutputStream out, WriteOptions options) {
        PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
        print.print("#ids\n");
        ConversionReport.Builder notes = ConversionReport.builder(options);
        return new ReportWriter() {
            @Override public void writeHeader(CatalogueHeader header) {
                note(new ConversionNote(ConversionNote.Kind.LOSS, null, "", "ids has no catalogue header", null));
            }

            @Override
            public void write(Report report) {
                if (!report.titles().isEmpty()) {
                    note(ConversionNote.loss(report.id(), "/titles", "ids holds only the id"));
                }
                print.print(report.id().value() + "\n");
            }

            private void note(ConversionNote note) {
                notes.add(note);
            }

            @Override public ConversionReport conversionReport() { return notes.build(); }
            @Override public void close() { print.close(); }
            @Override public void abort() { print.close(); }
        };
    }
}
