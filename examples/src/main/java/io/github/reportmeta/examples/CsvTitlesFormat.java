package io.github.reportmeta.examples;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.UnknownFormatException;
import io.github.reportmeta.format.WriteOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A format of your own, found through {@link java.util.ServiceLoader}: a two-column CSV of report ids and main
 * titles, for a spreadsheet. Registered in {@code META-INF/services/io.github.reportmeta.format.ReportFormat} and
 * in {@code module-info.java}; every field it does not hold is reported as a loss.
 */
public final class CsvTitlesFormat implements ReportFormat {

    /** The format, as ServiceLoader makes it. */
    public CsvTitlesFormat() {}

    @Override
    public String name() {
        return "csv-titles";
    }

    @Override
    public String description() {
        return "report ids and main titles as CSV, for spreadsheets (an example of a third-party format; write only)";
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public int sniff(byte[] head) {
        return 0;
    }

    @Override
    public ReportReader newReader(InputStream in, ReadOptions options) {
        throw new UnknownFormatException("csv-titles can only be written");
    }

    @Override
    public ReportWriter newWriter(OutputStream out, WriteOptions options) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        ConversionReport.Builder notes = ConversionReport.builder(options);
        return new ReportWriter() {
            private boolean started;

            @Override
            public void writeHeader(CatalogueHeader header) {
                // The CSV has no place for a catalogue's id, title or dates: nothing of the header is written.
                notes.add(new ConversionNote(ConversionNote.Kind.LOSS, null, "", "csv-titles has no catalogue header", null));
            }

            @Override
            public void write(Report report) {
                try {
                    if (!started) {
                        w.write("id,title\n");
                        started = true;
                    }
                    LocalizedText title = report.mainTitle();
                    w.write(quote(report.id().value()) + "," + quote(title == null ? "" : title.text()) + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (report.titles().size() > 1) {
                    notes.add(ConversionNote.loss(report.id(), "/titles/1", "csv-titles holds the main title only"));
                }
            }

            @Override
            public ConversionReport conversionReport() {
                return notes.build();
            }

            @Override
            public void close() {
                try {
                    w.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
