package io.github.reportmeta.dc;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Writing and reading Dublin Core in memory. */
final class DcTesting {

    private DcTesting() {}

    record Written(byte[] bytes, ConversionReport report) {
        String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    record Read(List<Report> reports, ConversionReport report) {}

    static Written write(ReportFormat format, List<Report> reports, WriteOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter writer = format.newWriter(out, options);
        try {
            reports.forEach(writer::write);
        } finally {
            writer.close();
        }
        return new Written(out.toByteArray(), writer.conversionReport());
    }

    static Written write(ReportFormat format, Report report) {
        return write(format, List.of(report), WriteOptions.DEFAULT);
    }

    static Read read(ReportFormat format, byte[] document) {
        try (ReportReader reader = format.newReader(new ByteArrayInputStream(document), ReadOptions.of("test.xml"))) {
            List<Report> reports = new ArrayList<>();
            reader.forEachRemaining(reports::add);
            return new Read(reports, reader.conversionReport());
        }
    }
}
