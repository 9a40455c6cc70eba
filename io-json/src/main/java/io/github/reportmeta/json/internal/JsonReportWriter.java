package io.github.reportmeta.json.internal;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.ReportWriter;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a {@code json} catalogue document ({@code pretty}, two-space indent) or a {@code jsonl} stream (one
 * record per line). Canonical JSON holds the whole model, so the conversion report is always empty.
 */
public final class JsonReportWriter implements ReportWriter {

    private enum State { NEW, HEADER, REPORTS, CLOSED }

    private final JsonGenerator g;
    private final boolean lines;
    private State state = State.NEW;

    private JsonReportWriter(OutputStream out, boolean lines) {
        this.lines = lines;
        this.g = lines ? JsonSetup.compactGenerator(out) : JsonSetup.prettyGenerator(out);
    }

    /**
     * A writer of a catalogue document.
     *
     * @param out the output; the writer closes it
     * @return the writer
     */
    public static JsonReportWriter document(OutputStream out) {
        return new JsonReportWriter(out, false);
    }

    /**
     * A writer of a JSON Lines stream.
     *
     * @param out the output; the writer closes it
     * @return the writer
     */
    public static JsonReportWriter lines(OutputStream out) {
        return new JsonReportWriter(out, true);
    }

    @Override
    public void writeHeader(CatalogueHeader header) {
        Objects.requireNonNull(header, "header");
        if (state != State.NEW) {
            throw new IllegalStateException("the header must be written once, before any report; the writer is at " + state);
        }
        ModelWriter.checkNesting(header);
        io(() -> {
            g.writeStartObject();
            Documents.writeFormatAndVersion(g, lines ? Documents.HEADER : Documents.CATALOGUE);
            ModelWriter.headerFields(g, header);
            if (lines) {
                g.writeEndObject();
                g.writeRaw('\n');
            }
        });
        state = State.HEADER;
    }

    @Override
    public void write(Report report) {
        Objects.requireNonNull(report, "report");
        if (state == State.CLOSED) {
            throw new IllegalStateException("the writer is closed");
        }
        ModelWriter.checkNesting(report);
        io(() -> {
            if (!lines && state != State.REPORTS) {
                if (state == State.NEW) {
                    g.writeStartObject();
                    Documents.writeFormatAndVersion(g, Documents.CATALOGUE);
                }
                g.writeName("reports");
                g.writeStartArray();
            }
            ModelWriter.report(g, report);
            if (lines) {
                g.writeRaw('\n');
            }
        });
        state = State.REPORTS;
    }

    @Override
    public ConversionReport conversionReport() {
        return ConversionReport.EMPTY;
    }

    @Override
    public void close() {
        if (state == State.CLOSED) {
            return;
        }
        State was = state;
        state = State.CLOSED;
        io(() -> {
            try {
                if (!lines) {
                    if (was == State.NEW) {
                        g.writeStartObject();
                        Documents.writeFormatAndVersion(g, Documents.CATALOGUE);
                    }
                    if (was != State.REPORTS) {
                        g.writeName("reports");
                        g.writeStartArray();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                    g.writeRaw('\n');
                }
            } finally {
                g.close();
            }
        });
    }

    private static void io(Runnable step) {
        try {
            step.run();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }
}
