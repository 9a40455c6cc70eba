package io.github.reportmeta.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.internal.Utf8Input;
import io.github.reportmeta.json.internal.JsonSetup;
import io.github.reportmeta.json.internal.Snippets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;

/**
 * The readers refuse a property name given twice in one object themselves (the parser's detector is off for
 * speed) and must say exactly what jackson-core's {@code STRICT_DUPLICATE_DETECTION} says: the same message, at
 * the same line and column (just after the name's closing quote), with the same pointer.
 */
class DuplicatePropertiesTest {

    private static final String REPORT = "{\"format\":\"reportmeta-report\",\"version\":\"1.0\",";

    @Test
    void theReadersParserLeavesDuplicatesToTheReader() {
        assertThat(JsonSetup.READER_FACTORY.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isFalse();
        assertThat(JsonSetup.FACTORY.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
    }

    @Nested
    class AsTheParsersDetectorSaysIt {

        @ParameterizedTest
        @ValueSource(strings = {
            REPORT + "\"id\":\"r\",\"id\":\"s\",\"type\":\"book\"}",
            REPORT + "\"id\":\"r\",\"type\":\"book\",\"titles\":[],\"type\":\"other\"}",
            REPORT + "\n  \"id\" : \"r\",\n  \"type\":\"book\",\n    \"id\"   :   \"s\"}",
            REPORT + "\"id\":\"r\",\"authors\":[{\"agent\":{\"type\":\"person\",\"name\":{\"family\":\"L\",\"given\":\"G\","
                    + "\"family\":\"S\",\"order\":\"family-first\"}},\"role\":\"author\"}],\"type\":\"other\"}",
            REPORT + "\"id\":\"r\",\"titles\":[{\"text\":\"\u4e2d\u6587\",\"language\":\"zh\",\"text\":\"x\"}],\"type\":\"book\"}",
            REPORT + "\"format\":\"reportmeta-report\",\"id\":\"r\",\"type\":\"book\"}",
            "{\"format\":\"reportmeta-catalogue\",\"version\":\"1.0\",\"id\":\"c\",\"reports\":[{\"id\":\"r1\",\"type\":\"other\"}],"
                    + "\"reports\":[]}",
            "{\"format\":\"reportmeta-catalogue\",\"version\":\"1.0\",\"id\":\"c\",\"reports\":[],\"id\":\"d\"}",
            "{\"format\":\"reportmeta-catalogue\",\"version\":\"1.0\",\"id\":\"c\",\"id\":\"d\",\"reports\":[]}",
            "{\"format\":\"reportmeta-catalogue\",\"version\":\"1.0\",\"id\":\"c\",\"reports\":[{\"id\":\"r1\",\"type\":\"other\"},"
                    + "{\"id\":\"r2\",\"type\":\"other\",\"id\":\"r3\"}]}",
            REPORT + "\"id\":\"r\",\"authors\":[{\"agent\":{\"type\":\"person\",\"name\":{\"order\":\"family-first\","
                    + "\"literal\":\"L\"},\"type\":\"person\"},\"role\":\"author\"}],\"type\":\"other\"}",
            REPORT + "\"id\":\"r\",\"publisher\":{\"type\":\"organization\",\"name\":\"A\",\"name\":\"B\"},\"type\":\"other\"}",
            REPORT + "\"id\":\"r\",\"publisher\":{\"type\":\"organization\",\"name\":\"A\",\"type\":\"person\"},\"type\":\"other\"}",
            REPORT + "\"id\":\"r\",\"titles\":[{\"text\":\"a\",\"language\":\"en\"},{\"language\":\"de\",\"text\":\"b\","
                    + "\"text\":\"c\"}],\"type\":\"book\"}",
            REPORT + "\"\\u0069d\":\"r\",\"type\":\"book\",\"id\":\"s\"}",
            REPORT + "\"id\":\"r\",\"type\":\"book\",\"version\":\"1.0\"}",
        })
        void inTheCanonicalFormat(String document) {
            assertSameAsTheParser(Json.JSON, document, Json.STRICT);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            REPORT + "\"id\":\"r\",\"x-a\":1,\"type\":\"book\",\"x-a\":2}",
            REPORT + "\"id\":\"r\",\"x-a\":{\"b\":[{\"c\":1,\"d\":2,\"c\":3}]},\"type\":\"book\"}",
            REPORT + "\"id\":\"r\",\"x-a\":{\"\u00fc\u4e2d\uD83D\uDE00\":1,\"\u00fc\u4e2d\uD83D\uDE00\":2},\"type\":\"book\"}",
            REPORT + "\"id\":\"r\",\"x-a\":[{\"b\":1},{\"b\":2,\"c\":{\"b\":3}},{\"e\":1,\"e\":2}],\"type\":\"book\"}",
            REPORT + "\"id\":\"r\",\"x-a\":null,\"type\":\"book\",\"id\":\"s\"}",
            REPORT + "\"id\":\"r\",\"titles\":[{\"text\":\"a\",\"x-b\":1},{\"text\":\"b\",\"x-b\":2,\"x-b\":3}],\"type\":\"book\"}",
            REPORT + "\"id\":\"r\",\"titles\":[{\"x-b\":1,\"text\":\"a\"},{\"text\":\"b\",\"x-c\":2,\"text\":\"c\"}],"
                    + "\"type\":\"book\"}",
        })
        void inSkippedUnknownPropertiesWhenLenient(String document) {
            assertSameAsTheParser(Json.JSON, document, Json.LENIENT);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "{\"id\":\"r1\",\"type\":\"other\"}\n{\"id\":\"r2\",\"type\":\"other\",\"type\":\"book\"}\n",
            "{\"format\":\"reportmeta-header\",\"version\":\"1.0\",\"id\":\"c\",\"id\":\"d\"}\n",
            "{\"id\":\"r1\",\"type\":\"other\"}\n{\"type\":\"other\",\"id\":\"r2\"}\n{\"id\":\"r3\",\"id\":\"r3\"}\n",
            "{\"id\":\"r1\",\"type\":\"other\",\"titles\":[],\"id\":\"r2\"}\n",
        })
        void inJsonLines(String document) {
            assertSameAsTheParser(Json.JSONL, document, Json.STRICT);
        }
    }

    @Nested
    class NotDuplicates {

        @Test
        void theSameNamesInSuccessiveObjectsOfOneDepth() {
            String document = REPORT + "\"id\":\"r\",\"titles\":[{\"text\":\"a\",\"x-b\":1,\"language\":\"en\"},"
                    + "{\"x-b\":2,\"language\":\"de\",\"text\":\"b\"},{\"language\":\"fr\",\"text\":\"c\",\"x-b\":3}],"
                    + "\"authors\":[{\"agent\":{\"type\":\"organization\",\"name\":\"O\"},\"role\":\"author\"},"
                    + "{\"role\":\"editor\",\"agent\":{\"type\":\"person\",\"name\":{\"order\":\"family-first\","
                    + "\"literal\":\"L\"}}}],\"type\":\"book\"}";
            assertThat(Json.readReports(Json.JSON, document, Json.LENIENT))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.titles()).extracting(t -> t.text()).containsExactly("a", "b", "c");
                        assertThat(r.authors()).hasSize(2);
                    });
        }
    }

    /** Reads with the format and compares its failure with the first duplicate the parser's detector reports. */
    private static void assertSameAsTheParser(io.github.reportmeta.format.ReportFormat format, String document,
            ReadOptions options) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        ReportParseException ours = StrictReadingTest.failure(format, bytes, options);
        StreamReadException expected = null;
        String pointer = null;
        try (JsonParser p = JsonSetup.FACTORY.createParser(ObjectReadContext.empty(),
                Utf8Input.withoutByteOrderMark(new ByteArrayInputStream(bytes), "test.json"))) {
            try {
                while (p.nextToken() != null) {
                    // every token, as the detector sees them
                }
            } catch (StreamReadException e) {
                expected = e;
                pointer = Snippets.pointer(p.streamReadContext());
            }
        }
        assertThat(expected).as("the parser's own detection of %s", document).isNotNull();
        assertThat(ours.problem()).isEqualTo(Snippets.clipQuoted(expected.getOriginalMessage()));
        assertThat(ours.location().line()).as("line").isEqualTo(expected.getLocation().getLineNr());
        assertThat(ours.location().column()).as("column").isEqualTo(expected.getLocation().getColumnNr());
        assertThat(ours.pointer()).as("pointer").isEqualTo(pointer);
    }
}
