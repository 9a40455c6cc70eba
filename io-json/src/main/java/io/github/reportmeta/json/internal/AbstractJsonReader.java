package io.github.reportmeta.json.internal;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ConversionReport;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * What the JSON and JSON Lines readers share: opening the parser on UTF-8 bytes, reading ahead one report,
 * turning every failure into a {@link ReportParseException} and collecting the warnings of lenient reading.
 */
abstract class AbstractJsonReader implements ReportReader {

    /** The parser, for subclasses. */
    protected final JsonParser parser;
    /** The model reader over the parser, for subclasses. */
    protected final ModelReader model;
    private final ReadOptions options;
    private final ConversionReport.Builder notes;
    private @Nullable CatalogueHeader header;
    private @Nullable Report pending;
    private SourceLocation location;
    private boolean closed;

    AbstractJsonReader(InputStream in, ReadOptions options) {
        this.options = options;
        this.notes = ConversionReport.builder(options);
        this.location = new SourceLocation(options.sourceName(), 1, 1);
        JsonParser opened = null;
        try {
            opened = JsonSetup.FACTORY.createParser(ObjectReadContext.empty(), Utf8Input.open(in, options.sourceName()));
        } catch (RuntimeException e) {
            closeQuietly(in, e);
            throw e;
        }
        this.parser = opened;
        this.model = new ModelReader(parser, options.lenient(), options.maxReportBytes());
    }

    /**
     * Reads the start of the document, up to the first report; called once by the subclass's factory.
     *
     * @return the catalogue header, or {@code null}
     */
    protected abstract @Nullable CatalogueHeader readStart();

    /**
     * Reads the next report, or the end of the document.
     *
     * @return the report, or {@code null} at the end
     */
    protected abstract @Nullable Report readNext();

    /** Reads the start of the document; failures close the input. */
    final void start() {
        header = guarded(this::readStart);
    }

    @Override
    public final @Nullable CatalogueHeader header() {
        return header;
    }

    @Override
    public final boolean hasNext() {
        if (pending == null && !closed) {
            pending = guarded(this::readNext);
        }
        return pending != null;
    }

    @Override
    public final Report next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more reports in " + options.sourceName());
        }
        Report report = pending;
        pending = null;
        return report;
    }

    @Override
    public final SourceLocation location() {
        return location;
    }

    @Override
    public final ConversionReport conversionReport() {
        return notes.build();
    }

    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            try {
                parser.close();
            } catch (JacksonIOException e) {
                throw new UncheckedIOException("cannot close " + options.sourceName(), e.getCause());
            }
        }
    }

    /** Marks the start of a record: its location for {@link #location()} and the start of its byte count. */
    protected final void startRecord() {
        TokenStreamLocation at = parser.currentTokenLocation();
        location = new SourceLocation(options.sourceName(), Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
        model.startRecord();
    }

    /**
     * Records the warnings of the record just read.
     *
     * @param report the record's id, or {@code null} for a header
     */
    protected final void endRecord(@Nullable ReportId report) {
        for (ModelReader.Warning w : model.takeWarnings()) {
            notes.add(new ConversionNote(ConversionNote.Kind.WARNING, report, w.pointer(), w.message(),
                    new SourceLocation(options.sourceName(), w.line(), w.column())));
        }
    }

    /**
     * A failure at the parser's current token.
     *
     * @param message what was wrong and what was expected
     * @return the failure, to throw
     */
    protected final JsonProblem problem(String message) {
        return model.problem(message);
    }

    private <T> @Nullable T guarded(Supplier<@Nullable T> step) {
        try {
            return step.get();
        } catch (JsonProblem e) {
            throw fail(new ReportParseException(e.problem(),
                    new SourceLocation(options.sourceName(), e.line(), e.column()), e.pointer(), e.getCause()));
        } catch (JacksonIOException e) {
            UncheckedIOException failure = new UncheckedIOException("cannot read " + options.sourceName(), e.getCause());
            closeQuietly(parser, failure);
            closed = true;
            throw failure;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            String pointer = Snippets.pointer(parser.streamReadContext());
            throw fail(new ReportParseException(Snippets.clipQuoted(String.valueOf(e.getOriginalMessage())),
                    new SourceLocation(options.sourceName(), Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0)),
                    pointer, e));
        }
    }

    private ReportParseException fail(ReportParseException failure) {
        closeQuietly(parser, failure);
        closed = true;
        return failure;
    }

    private static void closeQuietly(AutoCloseable resource, Exception failure) {
        try {
            resource.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    static void closeQuietly(InputStream in, Exception failure) {
        try {
            in.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
