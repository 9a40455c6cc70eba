package io.github.reportmeta.json.internal;

import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * What every JSON-based reader (canonical JSON and JSON Lines, CSL-JSON, schema.org JSON-LD) makes of the
 * parser's failures: an I/O failure is an {@link UncheckedIOException} naming the input, a malformed document a
 * {@link ReportParseException} with its line, column, JSON Pointer and a clipped message.
 */
public final class ParserFailures {

    private ParserFailures() {}

    /**
     * A parser location as a source location.
     *
     * @param source the input's name
     * @param at the parser's location, or {@code null} when it has none
     * @return the location, line and column 0 when unknown
     */
    public static SourceLocation location(String source, @Nullable TokenStreamLocation at) {
        return at == null ? SourceLocation.of(source)
                : new SourceLocation(source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
    }

    /**
     * Translates a failure of the parser; any other failure is returned as it is.
     *
     * @param failure what was thrown while reading
     * @param parser the parser, for the location and pointer when the failure has none
     * @param source the input's name
     * @return the failure to throw
     */
    public static RuntimeException translate(RuntimeException failure, JsonParser parser, String source) {
        if (failure instanceof JacksonIOException e) {
            return new UncheckedIOException("cannot read " + source, e.getCause());
        }
        if (failure instanceof JacksonException e) {
            TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            return new ReportParseException(Snippets.clipQuoted(String.valueOf(e.getOriginalMessage())),
                    location(source, at), Snippets.pointer(parser.streamReadContext()), e);
        }
        return failure;
    }

    /**
     * Closes a parser; an I/O failure is an {@link UncheckedIOException} naming the input.
     *
     * @param parser the parser
     * @param source the input's name
     */
    public static void close(JsonParser parser, String source) {
        try {
            parser.close();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException("cannot close " + source, e.getCause());
        }
    }
}
