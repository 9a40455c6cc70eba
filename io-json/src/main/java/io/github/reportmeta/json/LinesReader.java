package io.github.reportmeta.json;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.json.internal.ModelReader;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Reads a {@code jsonl} stream: an optional header line ({@code "format": "reportmeta-header"} first), then one
 * report object per line. Every record must sit on a line of its own.
 */
final class LinesReader extends AbstractJsonReader {

    private @Nullable String firstReportName;
    private boolean firstIsReport;
    private long lastLine;

    private LinesReader(InputStream in, ReadOptions options) {
        super(in, options);
    }

    /**
     * Opens a reader and reads the header line, if there is one.
     *
     * @param in the input; the reader closes it
     * @param options how to read
     * @return the reader
     */
    public static LinesReader open(InputStream in, ReadOptions options) {
        LinesReader reader = new LinesReader(in, options);
        reader.open();
        return reader;
    }

    @Override
    protected @Nullable CatalogueHeader readHeader() {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw problem("empty input: expected JSON Lines, one report object per line");
        }
        long line = startLine(first);
        String name = model.nextName();
        if (!"format".equals(name)) {
            firstIsReport = true;
            firstReportName = name;
            return null;
        }
        CatalogueHeader header = headerAfterFormat();
        endLine(line);
        endRecord(null);
        if (header == null) {
            throw problem("the header line needs the catalogue's properties, at least 'id'");
        }
        return header;
    }

    private @Nullable CatalogueHeader headerAfterFormat() {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.VALUE_STRING || !Documents.HEADER.equals(parser.getString())) {
            throw problem("the first line must be a report, or a header with \"format\": \"" + Documents.HEADER + "\"");
        }
        if (!"version".equals(model.nextName())) {
            throw problem("\"version\": \"" + Documents.VERSION + "\" must follow \"format\"");
        }
        if (parser.nextToken() != JsonToken.VALUE_STRING || !Documents.VERSION.equals(parser.getString())) {
            throw problem("version must be \"" + Documents.VERSION + "\" (a string; the only version this reader knows)");
        }
        return model.headerFields(model.nextName(), null);
    }

    @Override
    protected @Nullable Report readNext() {
        if (firstIsReport) {
            firstIsReport = false;
            long line = lastLine;
            Report report = model.reportFields(firstReportName);
            endLine(line);
            endRecord(report.id());
            return report;
        }
        JsonToken t = parser.nextToken();
        if (t == null) {
            return null;
        }
        long line = startLine(t);
        Report report = model.reportFields(model.nextName());
        endLine(line);
        endRecord(report.id());
        return report;
    }

    private long startLine(JsonToken t) {
        if (t != JsonToken.START_OBJECT) {
            throw problem("expected a JSON object on each line, but was " + ModelReader.describe(t));
        }
        long line = parser.currentTokenLocation().getLineNr();
        if (line <= lastLine) {
            throw problem("each record must start on a new line, but this one starts on line " + line
                    + " where the previous one ended");
        }
        lastLine = line;
        startRecord("");
        return line;
    }

    private void endLine(long line) {
        long end = parser.currentTokenLocation().getLineNr();
        if (end != line) {
            throw problem("a record must be on one line, but this one started on line " + line + " and ends on line " + end);
        }
    }
}
