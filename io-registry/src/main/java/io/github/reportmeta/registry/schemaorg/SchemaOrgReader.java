package io.github.reportmeta.registry.schemaorg;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.InvalidValueException;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.format.spi.AbstractReportReader;
import io.github.reportmeta.json.internal.JsonSetup;
import io.github.reportmeta.json.internal.ParserFailures;
import io.github.reportmeta.json.internal.Snippets;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads {@code schema-org} JSON-LD: one node, a top-level array of nodes, or {@code {"@context": ..., "@graph":
 * [...]}}, streaming the array or graph node by node. Each node is read whole, within
 * {@link ReadOptions#maxReportBytes()}, and mapped by {@link NodeReader}; nodes that are not works (a
 * {@code WebSite}, an {@code Organization}) are left out with a note.
 */
final class SchemaOrgReader extends AbstractReportReader {

    /** A JSON {@code null} in a node. */
    enum JsonNull {
        NULL;

        @Override
        public String toString() {
            return "null";
        }
    }

    private enum Shape { SINGLE, ARRAY, GRAPH }

    private final JsonParser parser;
    private Shape shape = Shape.SINGLE;
    private @Nullable Object context;
    private @Nullable Map<String, Object> single;
    private SourceLocation singleAt;
    private int index;
    private boolean done;

    private SchemaOrgReader(InputStream in, ReadOptions options) {
        super(options);
        JsonParser opened;
        try {
            opened = JsonSetup.FACTORY.createParser(ObjectReadContext.empty(), in);
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        this.parser = opened;
        this.singleAt = new SourceLocation(options.sourceName(), 1, 1);
    }

    static SchemaOrgReader open(InputStream in, ReadOptions options) {
        SchemaOrgReader reader = new SchemaOrgReader(in, options);
        reader.open();
        return reader;
    }

    @Override
    protected @Nullable CatalogueHeader readHeader() {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw problem("empty input: expected a JSON-LD object or array with \"@context\": \"https://schema.org\"");
        }
        if (first == JsonToken.START_ARRAY) {
            shape = Shape.ARRAY;
            return null;
        }
        if (first != JsonToken.START_OBJECT) {
            throw problem("expected a JSON-LD object or array, but was " + parser.currentToken());
        }
        singleAt = here();
        long start = offset();
        Map<String, Object> fields = new LinkedHashMap<>();
        JsonToken t = parser.nextToken();
        if (t == JsonToken.PROPERTY_NAME && parser.currentName().equals("@context")) {
            parser.nextToken();
            context = value(start);
            fields.put("@context", context);
            t = parser.nextToken();
        }
        if (t == JsonToken.PROPERTY_NAME && parser.currentName().equals("@graph")) {
            if (context == null) {
                throw problem("expected \"@context\" before \"@graph\", so that the graph can be read node by node");
            }
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw problem("expected \"@graph\" to be an array of nodes");
            }
            shape = Shape.GRAPH;
            return null;
        }
        while (t == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            fields.put(name, value(start));
            t = parser.nextToken();
        }
        single = fields;
        return null;
    }

    @Override
    protected @Nullable Report readNext() {
        while (!done) {
            if (shape == Shape.SINGLE) {
                done = true;
                Map<String, Object> node = Objects.requireNonNull(single);
                single = null;
                trailing();
                Report r = node(node, "", singleAt, null);
                if (r != null) {
                    return r;
                }
                continue;
            }
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                done = true;
                end();
                return null;
            }
            if (t != JsonToken.START_OBJECT) {
                throw problem("expected a node (a JSON object) in the " + (shape == Shape.GRAPH ? "@graph" : "array")
                        + ", but was " + t);
            }
            SourceLocation at = here();
            long start = offset();
            Map<String, Object> node = object(start);
            String pointer = (shape == Shape.GRAPH ? "/@graph/" : "/") + index++;
            Report r = node(node, pointer, at, context);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Maps a node, or leaves it out with a note; null when left out. */
    private @Nullable Report node(Map<String, Object> node, String pointer, SourceLocation at, @Nullable Object inherited) {
        Object own = node.get("@context");
        Object effective = own != null ? own : inherited;
        if (effective == null || !Vocabulary.isSchemaOrg(effective)) {
            String problem = (effective == null ? "no @context" : "@context " + NodeReader.describe(effective))
                    + ": expected \"@context\": \"https://schema.org\" (or http://schema.org)";
            if (!options().lenient()) {
                throw new ReportParseException(problem, at, pointer);
            }
            note(new ConversionNote(ConversionNote.Kind.SKIPPED, null, pointer, "node (" + pointer + ") left out: "
                    + problem, at));
            return null;
        }
        if (NodeReader.kind(node) == NodeReader.Kind.OTHER) {
            note(new ConversionNote(ConversionNote.Kind.SKIPPED, null, pointer, "node (" + pointer + ") of @type "
                    + NodeReader.describe(node.get("@type")) + " left out: not a work schema-org reads as a report", at));
            return null;
        }
        List<ConversionNote.Kind> kinds = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        NodeReader.Sink sink = new NodeReader.Sink() {
            @Override
            public void note(ConversionNote.Kind kind, String message) {
                kinds.add(kind);
                messages.add(message);
            }

            @Override
            public void invalid(String path, String problem) {
                if (!options().lenient()) {
                    throw new ReportParseException(problem, at, path);
                }
                note(ConversionNote.Kind.WARNING, "(" + path + ") not kept: " + Snippets.clipQuoted(problem));
            }
        };
        Report r;
        try {
            r = NodeReader.report(node, pointer, "schema-org-" + index, sink);
        } catch (InvalidValueException e) {
            throw new ReportParseException(Objects.toString(e.getMessage(), "invalid value"), at, pointer, e);
        }
        ReportId id = r.id();
        startReport(at, pointer);
        for (int i = 0; i < kinds.size(); i++) {
            note(new ConversionNote(kinds.get(i), id, pointer, messages.get(i), at));
        }
        return r;
    }

    private void end() {
        if (shape == Shape.GRAPH) {
            JsonToken t = parser.nextToken();
            while (t == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                SourceLocation at = here();
                parser.nextToken();
                Object v = value(offset());
                note(new ConversionNote(ConversionNote.Kind.WARNING, null, "", Snippets.clip(name) + " (/"
                        + NodeReader.escape(name) + ") not kept: a property of the document beside @graph; "
                        + NodeReader.describe(v), at));
                t = parser.nextToken();
            }
        }
        trailing();
    }

    private void trailing() {
        JsonToken t = parser.nextToken();
        if (t != null) {
            throw problem("trailing content after the document: " + t);
        }
    }

    private Map<String, Object> object(long start) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            fields.put(name, value(start));
        }
        return fields;
    }

    /** The value at the current token, read whole; fails once more than the largest report was read since start. */
    private Object value(long start) {
        if (offset() - start > options().maxReportBytes()) {
            throw problem("a node larger than " + options().maxReportBytes() + " bytes: expected at most "
                    + "ReadOptions.maxReportBytes of input per report");
        }
        JsonToken t = parser.currentToken();
        return switch (t) {
            case START_OBJECT -> object(start);
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (JsonToken i = parser.nextToken(); i != JsonToken.END_ARRAY; i = parser.nextToken()) {
                    items.add(value(start));
                }
                yield items;
            }
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> JsonNull.NULL;
            default -> throw problem("expected a JSON value, but was " + t);
        };
    }

    private long offset() {
        return parser.currentLocation().getByteOffset();
    }

    private SourceLocation here() {
        TokenStreamLocation at = parser.currentTokenLocation();
        return new SourceLocation(sourceName(), Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
    }

    private ReportParseException problem(String message) {
        return new ReportParseException(message, here(), Snippets.pointer(parser.streamReadContext()));
    }

    @Override
    protected void closeInput() {
        ParserFailures.close(parser, sourceName());
    }

    @Override
    protected RuntimeException translate(RuntimeException failure) {
        return ParserFailures.translate(failure, parser, sourceName());
    }
}
