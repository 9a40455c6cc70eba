package io.github.reportmeta.json.internal;

import java.io.OutputStream;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** The one configured {@link JsonFactory} of the codec: its read limits and its deterministic output. */
public final class JsonSetup {

    /** The deepest nesting of objects and arrays a document may have. */
    public static final int MAX_DEPTH = 64;
    /** The longest property name, in characters. */
    public static final int MAX_NAME_LENGTH = 256;
    /** The longest number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** The longest string value, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    /** The factory of every writer of the codec, and of the readers of CSL-JSON and schema.org. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .errorReportConfiguration(ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(Snippets.MAX_INPUT)
                    .maxRawContentLength(0)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /**
     * The factory of the codec's own readers: {@link #FACTORY} without the parser's duplicate detection, because
     * {@link ModelReader} refuses a property name given twice itself, with the parser's message and location,
     * without a set allocated per object.
     */
    public static final JsonFactory READER_FACTORY = FACTORY.rebuild()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(new Separators()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator("")
                    .withRootSeparator(""))
            .withObjectIndenter(LineIndenter.INSTANCE)
            .withArrayIndenter(LineIndenter.INSTANCE);

    private JsonSetup() {}

    /**
     * A UTF-8 generator that indents with two spaces and ends lines with {@code \n}.
     *
     * @param out the output; the generator closes it
     * @return the generator
     */
    public static JsonGenerator prettyGenerator(OutputStream out) {
        return FACTORY.createGenerator(new WriteContext(true), out, JsonEncoding.UTF8);
    }

    /**
     * A UTF-8 generator that writes each value on one line, with nothing between root values.
     *
     * @param out the output; the generator closes it
     * @return the generator
     */
    public static JsonGenerator compactGenerator(OutputStream out) {
        return FACTORY.createGenerator(new WriteContext(false), out, JsonEncoding.UTF8);
    }

    /**
     * A line break and two spaces a level, as Jackson's {@code DefaultIndenter("  ", "\n")} writes them, but each
     * level's bytes encoded once: the generator copies them instead of encoding the characters at every line.
     */
    private static final class LineIndenter implements DefaultPrettyPrinter.Indenter {
        static final LineIndenter INSTANCE = new LineIndenter();

        private final SerializedString[] levels = new SerializedString[MAX_DEPTH + 2];

        private LineIndenter() {
            for (int level = 0; level < levels.length; level++) {
                levels[level] = new SerializedString("\n" + "  ".repeat(level));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) {
            if (level < levels.length) {
                g.writeRaw(levels[Math.max(level, 0)]);
            } else {
                g.writeRaw(levels[levels.length - 1]);
                g.writeRaw("  ".repeat(level - levels.length + 1));
            }
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }

    private static final class WriteContext extends ObjectWriteContext.Base {
        private final boolean pretty;

        WriteContext(boolean pretty) {
            this.pretty = pretty;
        }

        @Override
        public TokenStreamFactory tokenStreamFactory() {
            return FACTORY;
        }

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return pretty ? PRETTY.createInstance() : null;
        }

        @Override
        public boolean hasPrettyPrinter() {
            return pretty;
        }

        @Override
        public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
            return null;
        }
    }
}
