package io.github.reportmeta.json;

import io.github.reportmeta.ReportId;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.format.spi.AbstractReportReader;
import io.github.reportmeta.internal.Utf8Input;
import io.github.reportmeta.json.internal.JsonProblem;
import io.github.reportmeta.json.internal.JsonSetup;
import io.github.reportmeta.json.internal.ModelReader;
import io.github.reportmeta.json.internal.ParserFailures;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * What the JSON and JSON Lines readers share on top of the SPI's reader: the parser on UTF-8 bytes, the model
 * reader over it, Jackson's failures as located {@link ReportParseException}s, and the warnings of lenient reading.
 */
abstract class AbstractJsonReader extends AbstractReportReader {

    /** The parser, for subclasses. */
    protected final JsonParser parser;
    /** The model reader over the parser, for subclasses. */
    protected final ModelReader model;

    AbstractJsonReader(InputStream in, ReadOptions options) {
        super(options);
        JsonParser opened;
        try {
            opened = JsonSetup.READER_FACTORY.createParser(ObjectReadContext.empty(), Utf8Input.withoutByteOrderMark(in, options.sourceName()));
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        this.parser = opened;
        this.model = new ModelReader(parser, options.lenient(), options.maxReportBytes(), true);
    }

    @Override
    protected final void closeInput() {
        ParserFailures.close(parser, sourceName());
    }

    @Override
    protected final RuntimeException translate(RuntimeException failure) {
        if (failure instanceof JsonProblem e) {
            return new ReportParseException(e.problem(), new SourceLocation(sourceName(), e.line(), e.column()),
                    e.pointer(), e.getCause());
        }
        return ParserFailures.translate(failure, parser, sourceName());
    }

    /**
     * Marks the start of a record at the parser's current token: where the report starts, and the start of its
     * byte count.
     *
     * @param pointer the record's JSON Pointer in its document
     */
    protected final void startRecord(String pointer) {
        TokenStreamLocation at = parser.currentTokenLocation();
        startReport(new SourceLocation(sourceName(), Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0)), pointer);
        model.startRecord();
    }

    /**
     * Records the warnings of the record just read.
     *
     * @param report the record's id, or {@code null} for a header
     */
    protected final void endRecord(@Nullable ReportId report) {
        for (ModelReader.Warning w : model.takeWarnings()) {
            note(new ConversionNote(ConversionNote.Kind.WARNING, report, w.pointer(), w.message(),
                    new SourceLocation(sourceName(), w.line(), w.column())));
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
}
