package io.github.reportmeta.registry.schemaorg;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Test helpers: write and read {@code schema-org}, and check output against the test's JSON Schema. */
final class SchemaOrgTesting {

    static final SchemaOrgFormat FORMAT = new SchemaOrgFormat();

    private static final Schema SCHEMA = loadSchema();

    private SchemaOrgTesting() {}

    /** What one write gave: the document and the notes. */
    record Written(String text, List<ConversionNote> notes) {}

    /** What one read gave: the reports and the notes. */
    record Read(List<Report> reports, List<ConversionNote> notes) {}

    static Written write(List<Report> reports) {
        List<ConversionNote> notes = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = FORMAT.newWriter(out, WriteOptions.DEFAULT.withListener(notes::add))) {
            reports.forEach(writer::write);
        }
        return new Written(out.toString(StandardCharsets.UTF_8), notes);
    }

    static Read read(String text, ReadOptions options) {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), options);
    }

    static Read read(InputStream in, ReadOptions options) {
        List<ConversionNote> notes = new ArrayList<>();
        try (ReportReader reader = FORMAT.newReader(in, options.withListener(notes::add))) {
            List<Report> reports = new ArrayList<>();
            reader.forEachRemaining(reports::add);
            return new Read(reports, notes);
        }
    }

    /** The names of the components of two reports that differ. */
    static List<String> changedComponents(Report a, Report b) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : Report.class.getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                    names.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    /** The schema's complaints about one document, empty when it is valid. */
    static List<Error> schemaErrors(String document) {
        return SCHEMA.validate(document, InputFormat.JSON);
    }

    private static Schema loadSchema() {
        try (InputStream in = SchemaOrgTesting.class.getResourceAsStream("/schemas/schema-org-output.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("the test schema is not on the class path");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
