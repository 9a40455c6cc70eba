package io.github.reportmeta.citation.csl;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a CSL-JSON document, an array of items or a single item, item by item: each item into a {@link CslItem},
 * then through {@link CslMapping} into a report, with a note for every value it does not keep.
 */
final class CslReader extends AbstractReportReader {

    private final JsonParser parser;
    private final CslMapping mapping = new CslMapping();
    private boolean array;
    private boolean done;
    private int index;
    private long itemStart;
    private String itemPointer = "";
    private SourceLocation itemLocation;

    private CslReader(InputStream in, ReadOptions options) {
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
        this.itemLocation = SourceLocation.of(options.sourceName());
    }

    /**
     * Opens a reader and reads up to the first item.
     *
     * @param in the input; the reader closes it
     * @param options how to read
     * @return the reader
     */
    static CslReader open(InputStream in, ReadOptions options) {
        CslReader reader = new CslReader(in, options);
        reader.open();
        return reader;
    }

    @Override
    protected @Nullable CatalogueHeader readHeader() {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            array = true;
        } else if (first != JsonToken.START_OBJECT) {
            throw problem(first == null ? "empty input: expected a JSON array of CSL items, or one item"
                    : "expected a JSON array of CSL items, or one item, but was " + describe(first), "");
        }
        return null;
    }

    @Override
    protected @Nullable Report readNext() {
        if (done) {
            return null;
        }
        if (array) {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                end();
                return null;
            }
            if (t != JsonToken.START_OBJECT) {
                throw problem("expected a CSL item (a JSON object), but was " + describe(t), "/" + index);
            }
            itemPointer = "/" + index;
        } else {
            itemPointer = "";
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        itemLocation = location(at);
        itemStart = at.getByteOffset();
        startReport(itemLocation, itemPointer);
        CslItem item = readItem();
        index++;
        if (!array) {
            end();
        }
        List<Pending> pending = new ArrayList<>();
        Report report = mapping.report(item, "item-" + index, new CslNotes() {
            @Override
            public void note(String variable, ConversionNote.Kind kind, String message) {
                pending.add(new Pending(kind, message, where(item, variable)));
            }

            @Override
            public void problem(String variable, String path, String message) {
                if (!options().lenient()) {
                    throw new ReportParseException(message, where(item, variable),
                            itemPointer + "/" + pointerSegment(variable) + path);
                }
                pending.add(new Pending(ConversionNote.Kind.WARNING, message + "; the value is skipped",
                        where(item, variable)));
            }
        });
        for (Pending p : pending) {
            note(new ConversionNote(p.kind(), report.id(), "", p.message(), p.location()));
        }
        return report;
    }

    private record Pending(ConversionNote.Kind kind, String message, SourceLocation location) {}

    private SourceLocation where(CslItem item, String variable) {
        SourceLocation at = item.location(variable);
        return at != null ? at : itemLocation;
    }

    private static String pointerSegment(String name) {
        return Snippets.clip(name).replace("~", "~0").replace("/", "~1");
    }

    private void end() {
        done = true;
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw problem("trailing content after the document: " + describe(trailing), "");
        }
    }

    /** Reads the object the parser is at into an item, with each variable's location. */
    private CslItem readItem() {
        CslItem item = new CslItem();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            SourceLocation at = location(parser.currentTokenLocation());
            parser.nextToken();
            Object value = readValue();
            if (value != null) {
                item.put(name, value, at);
            }
        }
        return item;
    }

    /** The value the parser is at, as a plain Java value; {@code null} for JSON null. */
    private @Nullable Object readValue() {
        Object value = readValueUnchecked();
        checkSize();
        return value;
    }

    private @Nullable Object readValueUnchecked() {
        JsonToken t = parser.currentToken();
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken k = parser.nextToken(); k != JsonToken.END_OBJECT; k = parser.nextToken()) {
                    String name = parser.currentName();
                    parser.nextToken();
                    Object v = readValue();
                    if (v != null) {
                        map.put(name, v);
                    }
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken k = parser.nextToken(); k != JsonToken.END_ARRAY; k = parser.nextToken()) {
                    Object v = readValue();
                    if (v != null) {
                        list.add(v);
                    }
                }
                yield list;
            }
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? new BigDecimal(parser.getBigIntegerValue()) : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw problem("unexpected " + describe(t), Snippets.pointer(parser.streamReadContext()));
        };
    }

    private void checkSize() {
        long read = parser.currentLocation().getByteOffset() - itemStart;
        if (itemStart >= 0 && read > options().maxReportBytes()) {
            throw problem("the item is larger than " + options().maxReportBytes() + " bytes, the most a report may"
                    + " take (ReadOptions.maxReportBytes)", itemPointer);
        }
    }

    private ReportParseException problem(String message, String pointer) {
        return new ReportParseException(message, location(parser.currentTokenLocation()), pointer);
    }

    private SourceLocation location(@Nullable TokenStreamLocation at) {
        return ParserFailures.location(sourceName(), at);
    }

    private static String describe(@Nullable JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
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
