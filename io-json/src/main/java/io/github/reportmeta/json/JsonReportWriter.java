package io.github.reportmeta.json;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.format.spi.AbstractReportWriter;
import io.github.reportmeta.json.internal.EncodedStrings;
import io.github.reportmeta.json.internal.JsonReadBackCheck;
import io.github.reportmeta.json.internal.JsonSetup;
import io.github.reportmeta.json.internal.ModelWriter;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a {@code json} catalogue document ({@code pretty}, two-space indent) or a {@code jsonl} stream (one
 * record per line). Canonical JSON holds the whole model, so nothing is ever noted as lost.
 */
final class JsonReportWriter extends AbstractReportWriter<Report> {

    private final JsonGenerator g;
    private final boolean lines;
    /** The strings of the report last prepared, encoded while they were checked. */
    private final EncodedStrings strings = new EncodedStrings();
    private final ModelWriter model;

    private JsonReportWriter(OutputStream out, WriteOptions options, boolean lines) {
        super(out, options);
        this.lines = lines;
        this.g = lines ? JsonSetup.compactGenerator(output()) : JsonSetup.prettyGenerator(output());
        this.model = ModelWriter.to(g, strings);
    }

    /**
     * A writer of a catalogue document.
     *
     * @param out the output; the writer closes it
     * @param options the write options
     * @return the writer
     */
    public static JsonReportWriter document(OutputStream out, WriteOptions options) {
        return new JsonReportWriter(out, options, false);
    }

    /**
     * A writer of a JSON Lines stream.
     *
     * @param out the output; the writer closes it
     * @param options the write options
     * @return the writer
     */
    public static JsonReportWriter lines(OutputStream out, WriteOptions options) {
        return new JsonReportWriter(out, options, true);
    }

    @Override
    protected void prepareHeader(CatalogueHeader header) {
        JsonReadBackCheck.header(header);
    }

    @Override
    protected Report prepare(Report report) {
        JsonReadBackCheck.report(report, strings);
        return report;
    }

    @Override
    protected void startDocument(@Nullable CatalogueHeader header) {
        if (lines) {
            if (header != null) {
                g.writeStartObject();
                Documents.writeFormatAndVersion(g, Documents.HEADER);
                ModelWriter.headerFields(g, header);
                g.writeEndObject();
                g.writeRaw('\n');
            }
            return;
        }
        g.writeStartObject();
        Documents.writeFormatAndVersion(g, Documents.CATALOGUE);
        if (header != null) {
            ModelWriter.headerFields(g, header);
        }
        g.writeName("reports");
        g.writeStartArray();
    }

    @Override
    protected void writeReport(Report report) {
        model.report(report);
        if (lines) {
            g.writeRaw('\n');
        }
    }

    @Override
    protected void endDocument() {
        if (!lines) {
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    @Override
    protected void finish() {
        g.close();
    }

    @Override
    protected RuntimeException translate(Exception failure) {
        if (failure instanceof JacksonIOException e) {
            return new UncheckedIOException(e.getCause());
        }
        return super.translate(failure);
    }
}
