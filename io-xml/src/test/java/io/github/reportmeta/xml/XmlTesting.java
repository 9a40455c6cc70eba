package io.github.reportmeta.xml;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writing to and reading from memory in the tests of the XML formats. */
final class XmlTesting {

    static final XmlFormat FORMAT = new XmlFormat();

    private XmlTesting() {}

    static byte[] write(ReportFormat format, CatalogueHeader header, List<Report> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter writer = format.newWriter(out, WriteOptions.DEFAULT);
        try {
            if (header != null) {
                writer.writeHeader(header);
            }
            reports.forEach(writer::write);
        } finally {
            writer.close();
        }
        return out.toByteArray();
    }

    static byte[] write(Report report) {
        return write(FORMAT, null, List.of(report));
    }

    static byte[] write(Catalogue catalogue) {
        return write(FORMAT, catalogue.header(), catalogue.reports());
    }

    static Catalogue read(byte[] document) {
        return FORMAT.readCatalogue(new ByteArrayInputStream(document), ReadOptions.of("test.xml"));
    }

    static List<Report> readReports(String document) {
        return readReports(document.getBytes(StandardCharsets.UTF_8), ReadOptions.of("test.xml"));
    }

    static List<Report> readReports(byte[] document, ReadOptions options) {
        try (ReportReader reader = FORMAT.newReader(new ByteArrayInputStream(document), options)) {
            List<Report> reports = new ArrayList<>();
            reader.forEachRemaining(reports::add);
            return reports;
        }
    }

    static ConversionReport notesOf(String document, ReadOptions options) {
        try (ReportReader reader = FORMAT.newReader(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), options)) {
            reader.forEachRemaining(r -> { });
            return reader.conversionReport();
        }
    }

    static String text(byte[] document) {
        return new String(document, StandardCharsets.UTF_8);
    }

    /** A document of one report in the canonical namespace, with the given report content. */
    static String reportDocument(String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report xmlns=\"" + XmlFormat.NAMESPACE
                + "\" version=\"1.0\">" + content + "</report>";
    }
}
