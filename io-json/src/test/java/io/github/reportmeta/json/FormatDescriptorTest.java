package io.github.reportmeta.json;

import static io.github.reportmeta.json.Json.JSON;
import static io.github.reportmeta.json.Json.JSONL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.Detection;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the two JSON formats say of themselves, how sure they are of a file's first bytes, and their arguments. */
class FormatDescriptorTest {

    @Test
    void theDocumentFormatDescribesItself() {
        assertThat(JSON.name()).isEqualTo("json");
        assertThat(JSON.mediaType()).isEqualTo("application/json");
        assertThat(JSON.extensions()).containsExactly("json");
        assertThat(JSON.description()).startsWith("canonical JSON");
        assertThat(JSON.canRead()).isTrue();
        assertThat(JSON.canWrite()).isTrue();
    }

    @Test
    void theLinesFormatDescribesItself() {
        assertThat(JSONL.name()).isEqualTo("jsonl");
        assertThat(JSONL.mediaType()).isEqualTo("application/jsonl");
        assertThat(JSONL.extensions()).containsExactly("jsonl", "ndjson");
        assertThat(JSONL.description()).startsWith("JSON Lines");
        assertThat(JSONL.canRead()).isTrue();
        assertThat(JSONL.canWrite()).isTrue();
    }

    @Test
    void theSchemaResourceOpens() throws Exception {
        try (InputStream schema = JsonFormat.openSchema()) {
            String text = new String(schema.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("\"$schema\"").contains("reportmeta-catalogue");
        }
        assertThat(JsonFormat.FORMAT_VERSION).isEqualTo("1.0");
    }

    /** The strength of {@code json}'s match for a head of a file ({@code |} stands for a line break). */
    @ParameterizedTest(name = "json sniffs {1} in [{0}]")
    @CsvSource(delimiter = ';', value = {
        "{\"format\":\"reportmeta-catalogue\"}; CERTAIN",
        "'  {\"format\":\"reportmeta-report\"}'; CERTAIN",
        "\uFEFF{\"format\":\"reportmeta-report\"}; CERTAIN",
        "{\"id\":\"a\"}; PLAUSIBLE",
        "{; PLAUSIBLE",
        "[{\"format\":\"reportmeta-catalogue\"}]; NONE",
        "x{; NONE",
        "<catalogue/>; NONE",
    })
    void documentSniffing(String head, Detection.Strength strength) {
        assertThat(JSON.detect(bytes(head)).strength()).isEqualTo(strength);
    }

    @Test
    void documentSniffingOfAnEmptyHead() {
        assertThat(JSON.detect(new byte[0])).isEqualTo(Detection.NONE);
    }

    @ParameterizedTest(name = "jsonl sniffs {1} in [{0}]")
    @CsvSource(delimiter = ';', value = {
        "{\"format\":\"reportmeta-header\",\"version\":\"1.0\"}|{\"id\":\"a\"}|; CERTAIN",
        "{\"format\":\"reportmeta-header\"; CERTAIN",
        "\uFEFF{\"format\":\"reportmeta-header\"}; CERTAIN",
        "{\"id\":\"a\"}|{\"id\":\"b\"}|; LIKELY",
        "{\"id\":\"a\"}  |{\"id\":\"b\"}; LIKELY",
        "{\"id\":\"a\"}|x; PLAUSIBLE",
        "{\"id\":\"a\",|\"b\":1}|{; PLAUSIBLE",
        "{\"id\":\"a\"}; PLAUSIBLE",
        "{\"id\":\"a\"}|; PLAUSIBLE",
        "|{\"id\":\"a\"}; NONE",
        "' {\"id\":\"a\"}|{\"id\":\"b\"}'; NONE",
        "{\"id\":\"a\"}|{\"format\":\"reportmeta-header\"}; LIKELY",
        "[1]; NONE",
    })
    void linesSniffing(String head, Detection.Strength strength) {
        assertThat(JSONL.detect(bytes(head.replace('|', '\n'))).strength()).isEqualTo(strength);
    }

    @Test
    void aLinesHeadWithABreakAtItsStartIsNotAnObject() {
        assertThat(JSONL.detect(bytes("\n{\"id\":\"a\"}\n"))).isEqualTo(Detection.NONE);
    }

    @Nested
    class Arguments {

        private final ReadOptions options = ReadOptions.of("in.json");
        private final InputStream in = new ByteArrayInputStream(new byte[0]);
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        @Test
        void readersNeedAStreamAndOptions() {
            assertThatNullPointerException().isThrownBy(() -> JSON.newReader(null, options)).withMessage("in");
            assertThatNullPointerException().isThrownBy(() -> JSON.newReader(in, null)).withMessage("options");
            assertThatNullPointerException().isThrownBy(() -> JSONL.newReader(null, options)).withMessage("in");
            assertThatNullPointerException().isThrownBy(() -> JSONL.newReader(in, null)).withMessage("options");
        }

        @Test
        void writersNeedAStreamAndOptions() {
            assertThatNullPointerException().isThrownBy(() -> JSON.newWriter(null, WriteOptions.DEFAULT))
                    .withMessage("out");
            assertThatNullPointerException().isThrownBy(() -> JSON.newWriter(out, null)).withMessage("options");
            assertThatNullPointerException().isThrownBy(() -> JSONL.newWriter(null, WriteOptions.DEFAULT))
                    .withMessage("out");
            assertThatNullPointerException().isThrownBy(() -> JSONL.newWriter(out, null)).withMessage("options");
            assertThatNullPointerException().isThrownBy(() -> JSON.writeReport(null, out)).withMessage("report");
        }
    }

    @Nested
    class SingleReport {

        @Test
        void readsTheOneReportOfADocumentWrittenByWriteReport() {
            Report report = FullReport.report();
            String written = Json.singleReport(report);

            assertThat(written).startsWith("{").endsWith("}\n").contains("\n  \"format\": \"reportmeta-report\",\n  \"version\": \"1.0\",\n");
            assertThat(JSON.readReport(Json.input(written), ReadOptions.of("one.json"))).isEqualTo(report);
        }

        @Test
        void aCatalogueWithoutReportsHasNoneToGive() {
            String empty = "{\"format\":\"reportmeta-catalogue\",\"version\":\"1.0\",\"reports\":[]}";

            assertThatThrownBy(() -> JSON.readReport(Json.input(empty), ReadOptions.of("none.json")))
                    .isInstanceOfSatisfying(ReportParseException.class, e -> {
                        assertThat(e.problem()).isEqualTo("expected one report, but the document has none");
                        assertThat(e.location().source()).isEqualTo("none.json");
                        assertThat(e.pointer()).isEmpty();
                    });
        }

        @Test
        void aCatalogueOfTwoHasOneTooMany() {
            Report report = FullReport.report();
            Report other = Report.builder(report.id().value() + "-b").titles(report.titles()).build();
            byte[] two = Json.write(JSON, null, List.of(report, other));

            assertThatThrownBy(() -> JSON.readReport(new ByteArrayInputStream(two), ReadOptions.of("two.json")))
                    .isInstanceOfSatisfying(ReportParseException.class, e -> {
                        assertThat(e.problem()).isEqualTo("expected one report, but the document has more");
                        assertThat(e.location().source()).isEqualTo("two.json");
                        assertThat(e.location().line()).isGreaterThan(1);
                    });
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
