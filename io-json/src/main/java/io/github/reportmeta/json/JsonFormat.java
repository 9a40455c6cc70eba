package io.github.reportmeta.json;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportFormat;
import io.github.reportmeta.format.spi.FormatDescriptor;
import io.github.reportmeta.json.internal.JsonReadBackCheck;
import io.github.reportmeta.json.internal.JsonSetup;
import io.github.reportmeta.json.internal.ModelWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The {@code json} format: a canonical JSON document that holds a whole catalogue, read and written report by
 * report, or a single report. See {@code docs/formats/json.md} for the fields and {@link #SCHEMA_RESOURCE} for
 * the JSON Schema.
 */
public final class JsonFormat extends AbstractReportFormat {

    /** The class-path resource of the JSON Schema (2020-12) of the {@code json} and {@code jsonl} documents. */
    public static final String SCHEMA_RESOURCE = "/io/github/reportmeta/json/reportmeta-1.0.schema.json";

    /**
     * Opens the shipped JSON Schema; works on the module path too, where another module cannot read the resource.
     *
     * @return the schema's bytes, UTF-8; the caller closes the stream
     */
    public static InputStream openSchema() {
        return Objects.requireNonNull(JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE), SCHEMA_RESOURCE);
    }

    /** The version of the canonical format that this codec reads and writes, named in every document. */
    public static final String FORMAT_VERSION = Documents.VERSION;

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public JsonFormat() {
        super(FormatDescriptor.readWrite("json",
                "canonical JSON: a catalogue document or a single report, holding everything the model holds",
                "application/json", "json"));
    }







    /** Certain of a document that names its format; plausible for any JSON object. */
    @Override
    public Detection detect(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        String start = text.stripLeading().replace("\uFEFF", "");
        if (!start.startsWith("{")) {
            return Detection.NONE;
        }
        if (text.contains("\"" + Documents.CATALOGUE + "\"") || text.contains("\"" + Documents.REPORT + "\"")) {
            return Detection.of(Detection.Strength.CERTAIN, "the document names its format");
        }
        return Detection.of(Detection.Strength.PLAUSIBLE, "a JSON object");
    }

    @Override
    protected ReportReader openReader(InputStream in, ReadOptions options) {
        return DocumentReader.open(in, options);
    }

    @Override
    protected ReportWriter openWriter(OutputStream out, WriteOptions options) {
        return JsonReportWriter.document(out, options);
    }

    /**
     * Writes a single-report document: {@code "format": "reportmeta-report"}, the version and the report's fields.
     *
     * @param report the report
     * @param out the output; it is closed
     */
    public void writeReport(Report report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        JsonReadBackCheck.report(report);
        try (JsonGenerator g = JsonSetup.prettyGenerator(out)) {
            g.writeStartObject();
            Documents.writeFormatAndVersion(g, Documents.REPORT);
            ModelWriter.reportFields(g, report);
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Reads a document that holds exactly one report: a single-report document, or a catalogue of one.
     *
     * @param in the input; it is closed
     * @param options how to read
     * @return the report
     * @throws ReportParseException if the document is malformed or holds no report or several
     */
    public Report readReport(InputStream in, ReadOptions options) {
        try (ReportReader reader = newReader(in, options)) {
            if (!reader.hasNext()) {
                throw new ReportParseException("expected one report, but the document has none",
                        SourceLocation.of(options.sourceName()), "");
            }
            Report report = reader.next();
            if (reader.hasNext()) {
                throw new ReportParseException("expected one report, but the document has more",
                        reader.location(), "");
            }
            return report;
        }
    }
}
