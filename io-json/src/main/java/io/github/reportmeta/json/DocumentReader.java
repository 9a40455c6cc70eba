package io.github.reportmeta.json;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.json.internal.ModelReader;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Reads a {@code json} document: a catalogue ({@code "format": "reportmeta-catalogue"}, header properties, then
 * {@code reports} last) report by report, or a single report ({@code "format": "reportmeta-report"}).
 */
final class DocumentReader extends AbstractJsonReader {

    private boolean catalogue;
    private boolean done;
    private int reportsRead;

    private DocumentReader(InputStream in, ReadOptions options) {
        super(in, options);
    }

    /**
     * Opens a reader and reads the document up to its first report.
     *
     * @param in the input; the reader closes it
     * @param options how to read
     * @return the reader
     */
    public static DocumentReader open(InputStream in, ReadOptions options) {
        DocumentReader reader = new DocumentReader(in, options);
        reader.open();
        return reader;
    }

    @Override
    protected @Nullable CatalogueHeader readHeader() {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw problem("empty input: expected a JSON object with \"format\": \"" + Documents.CATALOGUE
                    + "\" or \"" + Documents.REPORT + "\"");
        }
        if (first != JsonToken.START_OBJECT) {
            throw problem("expected a JSON object, but was " + ModelReader.describe(first));
        }
        startRecord("");
        String kind = Documents.readFormatAndVersion(model, Documents.CATALOGUE, Documents.REPORT);
        if (kind.equals(Documents.REPORT)) {
            return null;
        }
        catalogue = true;
        CatalogueHeader header = model.headerFields(model.nextName(), "reports");
        if (parser.currentToken() != JsonToken.PROPERTY_NAME) {
            throw problem("a catalogue document needs the property 'reports', after the header's properties");
        }
        endRecord(null);
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw problem("expected the reports (a JSON array), but was " + ModelReader.describe(parser.currentToken()));
        }
        return header;
    }

    @Override
    protected @Nullable Report readNext() {
        if (done) {
            return null;
        }
        if (!catalogue) {
            Report report = model.reportFields(model.nextName());
            endRecord(report.id());
            end();
            return report;
        }
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
            parser.nextToken();
            model.checkCurrentName();
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw problem("'reports' must be the last property of a catalogue document");
            }
            end();
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw problem("expected a report (a JSON object), but was " + ModelReader.describe(t));
        }
        startRecord("/reports/" + reportsRead);
        Report report = model.reportFields(model.nextName());
        endRecord(report.id());
        reportsRead++;
        return report;
    }

    private void end() {
        done = true;
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw problem("trailing content after the document: " + ModelReader.describe(trailing));
        }
    }
}
