package io.github.reportmeta.benchmarks;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.synthetic.SyntheticReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reports every benchmark works on: {@value #REPORTS} realistic synthetic reports (seed 42), their catalogue
 * header, and the bytes our codecs write for them, made once outside any measurement.
 */
public final class Corpus {

    /** How many reports one benchmark operation reads or writes. */
    public static final int REPORTS = 1000;

    private static final FormatRegistry FORMATS = FormatRegistry.load();

    private final CatalogueHeader header;
    private final List<Report> reports;

    private Corpus(CatalogueHeader header, List<Report> reports) {
        this.header = header;
        this.reports = List.copyOf(reports);
    }

    /**
     * The standard corpus of {@value #REPORTS} reports.
     *
     * @return the corpus
     */
    public static Corpus standard() {
        SyntheticReports synthetic = SyntheticReports.withSeed(42);
        List<Report> made = new ArrayList<>(REPORTS);
        for (int i = 0; i < REPORTS; i++) {
            made.add(synthetic.report(i));
        }
        return new Corpus(synthetic.header(), made);
    }

    /**
     * The catalogue header.
     *
     * @return the header
     */
    public CatalogueHeader header() {
        return header;
    }

    /**
     * The reports, in catalogue order.
     *
     * @return the reports
     */
    public List<Report> reports() {
        return reports;
    }

    /**
     * A format found through the SPI, as a user finds it.
     *
     * @param name the format name
     * @return the format
     */
    public static ReportFormat format(String name) {
        return FORMATS.expect(name);
    }

    /**
     * The catalogue written in a format by our codec.
     *
     * @param name the format name
     * @return the document's bytes
     */
    public byte[] bytes(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 << 20);
        write(format(name), out);
        return out.toByteArray();
    }

    /**
     * Writes the catalogue through our codec: header, then each report.
     *
     * @param format the format
     * @param out where to; closed at the end
     */
    public void write(ReportFormat format, OutputStream out) {
        try (ReportWriter writer = format.newWriter(out, WriteOptions.DEFAULT)) {
            writer.writeHeader(header);
            for (Report report : reports) {
                writer.write(report);
            }
        }
    }

    /**
     * Reads a document through our codec and counts its reports, handing the header and each report to a
     * consumer.
     *
     * @param format the format
     * @param document the document's bytes
     * @param each gets the header (when there is one) and every report
     * @return how many reports were read
     */
    public static int read(ReportFormat format, byte[] document, Consumer<Object> each) {
        int count = 0;
        try (ReportReader reader = format.newReader(new ByteArrayInputStream(document), ReadOptions.of("benchmark"))) {
            CatalogueHeader read = reader.header();
            if (read != null) {
                each.accept(read);
            }
            while (reader.hasNext()) {
                each.accept(reader.next());
                count++;
            }
        }
        return count;
    }
}
