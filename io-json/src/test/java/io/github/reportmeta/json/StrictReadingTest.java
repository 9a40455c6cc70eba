package io.github.reportmeta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictReadingTest {

    private static final String HEAD = "{\"format\":\"reportmeta-report\",\"version\":\"1.0\",";

    static ReportParseException failure(String document) {
        return failure(Json.JSON, document.getBytes(StandardCharsets.UTF_8), Json.STRICT);
    }

    static ReportParseException failure(io.github.reportmeta.format.ReportFormat format, byte[] bytes, ReadOptions options) {
        ReportParseException e = catchThrowableOfType(ReportParseException.class, () -> {
            try (ReportReader reader = format.newReader(new ByteArrayInputStream(bytes), options)) {
                reader.forEachRemaining(r -> { });
            }
        });
        assertThat(e).as("a parse failure").isNotNull();
        return e;
    }

    @Nested
    class BadDocumentsTheSchemaAlsoRejects {

        @ParameterizedTest
        @ValueSource(strings = {
            "\"id\":\"r1\",\"type\":\"research-report\",\"colour\":\"red\"}",
            "\"id\":\"r1\"}",
            "\"id\":2024,\"type\":\"research-report\"}",
            "\"id\":\"r1\",\"type\":\"Research-Report\"}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"metrics\":[{\"type\":\"views\",\"count\":\"2024\"}]}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"metrics\":[{\"type\":\"views\",\"count\":2024.5}]}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"titles\":[{\"text\":123}]}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"number\":{\"series\":\"S\",\"number\":\"1\",\"raw\":\"No.1\",\"year\":\"2018\"}}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"issued\":\"10.12.2018\"}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"issued\":2018}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"language\":\"en_GB\"}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"authors\":[{\"agent\":{\"type\":\"robot\",\"name\":\"x\"},\"role\":\"author\"}]}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"authors\":[{\"agent\":{\"type\":\"person\",\"name\":{\"family\":\"Long\",\"order\":\"family-first\"},\"orcid\":\"12\"},\"role\":\"author\"}]}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"identifiers\":[{\"scheme\":\"doi\",\"value\":\"11.1/x\"}]}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"identifiers\":[{\"scheme\":\"ark\",\"value\":\"x\"}]}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"titles\":{\"text\":\"x\"}}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"rights\":true}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"dates\":[{\"kind\":\"created\",\"value\":\"Spring 1990\"}]}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"dates\":[{\"kind\":\"accessed\",\"value\":\"1990\"}]}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"formats\":[{\"kind\":\"media-type\"}]}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"coverage\":[{\"kind\":\"place\",\"text\":\"China\"}]}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"sources\":[12]}",
            "\"id\":\"r1\",\"type\":\"research-report\",\"fullText\":\"ftp://example.org/r1.pdf\"}",
        })
        void rejectsWhatTheSchemaRejects(String body) {
            String document = HEAD + body;

            assertThat(Json.schemaErrors(document)).as("schema errors").isNotEmpty();
            assertThat(failure(document).location().line()).isEqualTo(1);
        }
    }

    @Nested
    class Locations {

        @Test
        void namesLineColumnAndPointerOfABadValue() {
            String document = "{\"format\":\"reportmeta-catalogue\",\"version\":\"1.0\",\"reports\":[\n"
                    + "{\"id\":\"a\",\"type\":\"book\"},\n"
                    + "{\"id\":\"b\",\"type\":\"book\",\"authors\":[{\"agent\":{\"type\":\"person\",\"name\":{\"family\":\"L\",\"order\":\"family-first\"},\"orcid\":\"12\"},\"role\":\"author\"}]}\n"
                    + "]}";

            ReportParseException e = failure(document);

            assertThat(e.pointer()).isEqualTo("/reports/1/authors/0/agent/orcid");
            assertThat(e.location().line()).isEqualTo(3);
            assertThat(e.location().column()).isEqualTo(115);
            assertThat(e.getMessage()).contains("ORCID iD must look like", "'12'", "test.json:3:115");
        }

        @Test
        void rejectsAnImpossibleDate() {
            ReportParseException e = failure(HEAD + "\"id\":\"r\",\"type\":\"book\",\"issued\":\"2018-02-30\"}");

            assertThat(e.pointer()).isEqualTo("/issued");
            assertThat(e.problem()).contains("2018-02 has 28 days");
        }

        @Test
        void rejectsADateThatIsNoW3cdtfAtItsValue() {
            ReportParseException e = failure(HEAD + "\"id\":\"r\",\"type\":\"book\",\"dates\":[{\"kind\":\"created\","
                    + "\"value\":\"2018\"},{\"kind\":\"modified\",\"value\":\"10.12.2018\"}]}");

            assertThat(e.pointer()).isEqualTo("/dates/1/value");
            assertThat(e.problem()).contains("a date must be W3CDTF", "'10.12.2018'");
        }

        @Test
        void rejectsDuplicateKeys() {
            ReportParseException e = failure(HEAD + "\"id\":\"r\",\"id\":\"s\",\"type\":\"book\"}");

            assertThat(e.problem()).containsIgnoringCase("duplicate");
            assertThat(e.location().line()).isEqualTo(1);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "''|empty input",
            "'   \n  '|empty input",
            "'{\"format\":\"reportmeta-report\",\"version\":\"1.0\",\"id\":\"r\",\"type\":\"book\"} {}'|trailing content",
            "'{\"format\":\"reportmeta-report\",\"version\":\"1.0\",\"id\":\"r\",\"type\":\"book\"} x'|Unrecognized token",
            "'[]'|expected a JSON object",
            "'{\"version\":\"1.0\",\"format\":\"reportmeta-report\"}'|must start with \"format\"",
            "'{\"format\":\"reportmeta-report\",\"version\":\"2.0\"}'|version must be \"1.0\"",
            "'{\"format\":\"reportmeta-catalogue\",\"version\":\"1.0\",\"reports\":[],\"id\":\"c\"}'|'reports' must be the last",
            "'{\"format\":\"reportmeta-catalogue\",\"version\":\"1.0\",\"id\":\"c\"}'|needs the property 'reports'",
        })
        void rejectsBadDocumentShapes(String document, String expected) {
            assertThat(failure(document).getMessage()).contains(expected);
        }
    }

    @Nested
    class Lenient {

        @Test
        void skipsUnknownPropertiesWithAWarningEach() {
            String document = HEAD + "\"id\":\"r\",\"colour\":{\"deep\":[1,2]},\"type\":\"book\","
                    + "\"titles\":[{\"text\":\"T\",\"font\":\"serif\"}]}";
            List<ConversionNote> notes = new ArrayList<>();
            try (ReportReader reader = Json.JSON.newReader(Json.input(document), Json.LENIENT)) {
                assertThat(reader.next().titles().get(0).text()).isEqualTo("T");
                notes.addAll(reader.conversionReport().notes());
            }

            assertThat(notes).extracting(ConversionNote::pointer).containsExactly("/colour", "/titles/0/font");
            assertThat(notes).allSatisfy(n -> {
                assertThat(n.kind()).isEqualTo(ConversionNote.Kind.WARNING);
                assertThat(n.report()).hasToString("r");
                assertThat(n.location()).isNotNull();
            });
        }

        @Test
        void stillRejectsDuplicateKeysAndCoercion() {
            assertThat(failure(Json.JSON, (HEAD + "\"id\":\"r\",\"type\":\"book\",\"type\":\"book\"}").getBytes(StandardCharsets.UTF_8), Json.LENIENT))
                    .hasMessageContaining("uplicate");
            assertThat(failure(Json.JSON, (HEAD + "\"id\":7,\"type\":\"book\"}").getBytes(StandardCharsets.UTF_8), Json.LENIENT))
                    .hasMessageContaining("a report id (a string), but was an integer");
        }
    }

    @Nested
    class JsonLines {

        @Test
        void rejectsARecordSpreadOverTwoLines() {
            byte[] bytes = "{\"id\":\"a\",\"type\":\"book\"}\n{\"id\":\"b\",\n\"type\":\"book\"}\n".getBytes(StandardCharsets.UTF_8);

            assertThat(failure(Json.JSONL, bytes, Json.STRICT)).hasMessageContaining("must be on one line");
        }

        @Test
        void rejectsTwoRecordsOnOneLine() {
            byte[] bytes = "{\"id\":\"a\",\"type\":\"book\"} {\"id\":\"b\",\"type\":\"book\"}\n".getBytes(StandardCharsets.UTF_8);

            assertThat(failure(Json.JSONL, bytes, Json.STRICT)).hasMessageContaining("must start on a new line");
        }

        @Test
        void rejectsEmptyInputAndGivesTheLineOfABadRecord() {
            assertThat(failure(Json.JSONL, new byte[0], Json.STRICT)).hasMessageContaining("empty input");
            ReportParseException e = failure(Json.JSONL,
                    "{\"id\":\"a\",\"type\":\"book\"}\n{\"id\":\"b\",\"type\":\"pamphlet\"}\n".getBytes(StandardCharsets.UTF_8), Json.STRICT);
            assertThat(e.location().line()).isEqualTo(2);
            assertThat(e.pointer()).isEqualTo("/type");
        }
    }
}
