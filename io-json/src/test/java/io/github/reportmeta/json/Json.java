package io.github.reportmeta.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: write and read through the formats, and check documents against the shipped schema. */
final class Json {

    static final JsonFormat JSON = new JsonFormat();
    static final JsonLinesFormat JSONL = new JsonLinesFormat();
    static final ReadOptions STRICT = ReadOptions.of("test.json");
    static final ReadOptions LENIENT = STRICT.withLenient(true);

    private static final Schema SCHEMA = loadSchema();

    private Json() {}

    static byte[] write(ReportFormat format, CatalogueHeader header, List<Report> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = format.newWriter(out, WriteOptions.LOSSLESS)) {
            if (header != null) {
                writer.writeHeader(header);
            }
            reports.forEach(writer::write);
        }
        return out.toByteArray();
    }

    static byte[] write(ReportFormat format, Catalogue catalogue) {
        return write(format, catalogue.header(), catalogue.reports());
    }

    static Catalogue read(ReportFormat format, byte[] bytes) {
        return format.readCatalogue(new ByteArrayInputStream(bytes), STRICT);
    }

    static List<Report> readReports(ReportFormat format, String text, ReadOptions options) {
        try (ReportReader reader = format.newReader(input(text), options)) {
            List<Report> reports = new ArrayList<>();
            reader.forEachRemaining(reports::add);
            return reports;
        }
    }

    static InputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static String singleReport(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeReport(report, out);
        return text(out.toByteArray());
    }

    /** The schema's complaints about one document, empty when it is valid. */
    static List<Error> schemaErrors(String document) {
        return SCHEMA.validate(document, InputFormat.JSON);
    }

    private static Schema loadSchema() {
        try (InputStream in = JsonFormat.class.getResourceAsStream(JsonFormat.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the class path at " + JsonFormat.SCHEMA_RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
