package io.github.reportmeta.examples;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportFormat;
import io.github.reportmeta.format.spi.AbstractReportWriter;
import io.github.reportmeta.format.spi.FormatDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A format of your own, found through {@link java.util.ServiceLoader}: a two-column CSV of report ids and main
 * titles, for a spreadsheet. Registered in {@code META-INF/services/io.github.reportmeta.format.ReportFormat} and
 * in {@code module-info.java}; built only on the exported SPI, and every field it does not hold is noted as a loss.
 */
public final class CsvTitlesFormat extends AbstractReportFormat {

    /** The format, as ServiceLoader makes it. */
    public CsvTitlesFormat() {
        super(FormatDescriptor.writeOnly("csv-titles",
                "report ids and main titles as CSV, for spreadsheets (an example of a third-party format; write only)",
                "text/csv", "csv"));
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        return new RowWriter(out, options);
    }

    /** Writes one row a report under a heading row; the SPI's base owns the document's state and the notes. */
    private static final class RowWriter extends AbstractReportWriter<String> {
        private final Writer w;

        RowWriter(OutputStream out, WriteOptions options) {
            super(out, options);
            this.w = new OutputStreamWriter(output(), StandardCharsets.UTF_8);
        }

        @Override
        protected void prepareHeader(CatalogueHeader header) {
            note(new ConversionNote(ConversionNote.Kind.LOSS, null, "", "csv-titles has no catalogue header", null));
        }

        @Override
        protected String prepare(Report report) {
            for (int i = 1; i < report.titles().size(); i++) {
                note(ConversionNote.loss(report.id(), "/titles/" + i, "csv-titles holds the main title only"));
            }
            LocalizedText title = report.mainTitle();
            return quote(report.id().value()) + "," + quote(title == null ? "" : title.text()) + "\n";
        }

        @Override
        protected void startDocument(@Nullable CatalogueHeader header) throws IOException {
            w.write("id,title\n");
        }

        @Override
        protected void writeReport(String row) throws IOException {
            w.write(row);
        }

        @Override
        protected void endDocument() {}

        @Override
        protected void finish() throws IOException {
            w.flush();
        }
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
