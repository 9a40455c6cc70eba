package io.github.reportmeta.json;

import static io.github.reportmeta.json.StrictReadingTest.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.json.internal.JsonSetup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

class LimitsTest {

    private static final String HEAD = "{\"format\":\"reportmeta-report\",\"version\":\"1.0\",";

    /** No run of more than 80 characters of the input (here: of one repeated character) appears in a message. */
    private static void assertShowsAtMost80Characters(ReportParseException e, char repeated) {
        assertThat(e.getMessage()).doesNotContain(String.valueOf(repeated).repeat(81));
        assertThat(e.getMessage().length()).isLessThan(400);
    }

    @Nested
    class Nesting {

        @Test
        void readsOrganisationsNestedToDepth64AndRefusesDeeperOnesBeforeWriting() {
            Organization deepest = Organization.of("o");
            for (int i = 0; i < 60; i++) {
                deepest = Organization.of("o" + i).withParent(deepest);
            }
            Report fits = Report.builder("r").publisher(deepest).build();
            assertThat(Json.read(Json.JSON, Json.write(Json.JSON, null, List.of(fits))).reports()).containsExactly(fits);

            Report tooDeep = Report.builder("r").publisher(Organization.of("top").withParent(deepest)).build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> Json.JSON.newWriter(out, io.github.reportmeta.format.WriteOptions.DEFAULT).write(tooDeep))
                    .isInstanceOf(io.github.reportmeta.ReportMetadataException.class).hasMessageContaining("at most 64");
        }

        @Test
        void rejectsInputNestedDeeperThan64() {
            String document = HEAD + "\"id\":\"r\",\"type\":\"book\",\"x\":" + "[".repeat(70) + "]".repeat(70) + "}";

            ReportParseException e = failure(Json.JSON, document.getBytes(StandardCharsets.UTF_8), Json.LENIENT);
            assertThat(e.getMessage()).contains("64");
        }
    }

    @Nested
    class Lengths {

        @Test
        void rejectsAPropertyNameLongerThan256() {
            ReportParseException e = failure(HEAD + "\"" + "n".repeat(300) + "\":1}");

            assertThat(e.getMessage()).contains("256");
            assertShowsAtMost80Characters(e, 'n');
        }

        @Test
        void rejectsANumberLongerThan64() {
            String document = HEAD + "\"id\":\"r\",\"type\":\"book\",\"metrics\":[{\"type\":\"views\",\"count\":" + "9".repeat(100) + "}]}";

            ReportParseException e = failure(document);
            assertThat(e.getMessage()).contains("64");
            assertShowsAtMost80Characters(e, '9');
        }

        @Test
        void acceptsAStringOfAMillionCharactersAndRejectsALongerOne() {
            String cjk = "军".repeat(1_000_000);
            Report fits = Report.builder("r").title(LocalizedText.of(cjk)).build();
            assertThat(Json.JSON.readReport(Json.input(Json.singleReport(fits)), Json.STRICT)).isEqualTo(fits);

            ReportParseException e = failure(HEAD + "\"id\":\"r\",\"type\":\"book\",\"rights\":\"" + "x".repeat(1_000_001) + "\"}");
            assertThat(e.getMessage()).contains("1000000");
            assertShowsAtMost80Characters(e, 'x');
        }

        @Test
        void showsAtMost80CharactersOfABadValue() {
            ReportParseException e = failure(HEAD + "\"id\":\"r\",\"type\":\"book\",\"issued\":\"" + "7".repeat(5000) + "\"}");

            assertThat(e.pointer()).isEqualTo("/issued");
            assertShowsAtMost80Characters(e, '7');
        }

        @Test
        void showsAtMost80CharactersOfAnUnknownToken() {
            ReportParseException e = failure(HEAD + "\"id\":" + "q".repeat(5000) + "}");

            assertShowsAtMost80Characters(e, 'q');
        }
    }

    @Nested
    class ReportSize {

        @Test
        void rejectsAReportLargerThanMaxReportBytes() {
            String small = "{\"id\":\"a\",\"type\":\"book\"}\n";
            String large = "{\"id\":\"b\",\"type\":\"book\",\"rights\":\"" + "r".repeat(2000) + "\",\"titles\":[]}\n";
            byte[] bytes = (small + large).getBytes(StandardCharsets.UTF_8);

            ReportParseException e = failure(Json.JSONL, bytes, Json.STRICT.withMaxReportBytes(1000));

            assertThat(e.getMessage()).contains("larger than the limit of 1000 bytes");
            assertThat(e.location().line()).isEqualTo(2);
            assertThat(Json.readReports(Json.JSONL, small + large, Json.STRICT.withMaxReportBytes(3000))).hasSize(2);
        }

        /**
         * Whatever the limit, the failure is at the first property name (or end of an object) at which the
         * parser has read more than the limit: where looking the position up after every name put it.
         */
        @Test
        void failsAtTheFirstNameOrEndPastTheLimitForEveryLimit() throws IOException {
            byte[] report;
            try (InputStream in = LimitsTest.class.getResourceAsStream("/fixtures/json/full-catalogue.jsonl")) {
                String second = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")[1];
                report = (second + "\n").getBytes(StandardCharsets.UTF_8);
            }
            for (int limit = 1; limit <= report.length + 8; limit++) {
                long[] expected = firstPositionPast(report, limit);
                if (expected == null) {
                    assertThat(Json.readReports(Json.JSONL, new String(report, StandardCharsets.UTF_8),
                            Json.STRICT.withMaxReportBytes(limit))).as("limit %d", limit).hasSize(1);
                } else {
                    ReportParseException e = failure(Json.JSONL, report, Json.STRICT.withMaxReportBytes(limit));
                    assertThat(e.problem()).as("limit %d", limit).contains("larger than the limit of " + limit + " bytes");
                    assertThat(new long[] {e.location().line(), e.location().column()}).as("limit %d", limit)
                            .containsExactly(expected);
                }
            }
        }

        /** The line and column of the first name or object end after which the parser is past the limit. */
        private static long @Nullable [] firstPositionPast(byte[] record, long limit) {
            try (JsonParser p = JsonSetup.READER_FACTORY.createParser(ObjectReadContext.empty(), record)) {
                p.nextToken();
                long start = p.currentTokenLocation().getByteOffset();
                while (true) {
                    if (p.streamReadContext().inObject() && p.currentToken() != JsonToken.PROPERTY_NAME) {
                        String name = p.nextName();
                        if (p.currentLocation().getByteOffset() - start > limit) {
                            TokenStreamLocation at = p.currentTokenLocation();
                            return new long[] {at.getLineNr(), at.getColumnNr()};
                        }
                        if (name == null && p.streamReadContext().inRoot()) {
                            return null;
                        }
                    } else {
                        p.nextToken();
                    }
                }
            }
        }
    }

    @Nested
    class Encodings {

        private final String document = HEAD + "\"id\":\"r\",\"type\":\"book\",\"titles\":[{\"text\":\"军民融合\"}]}";

        @Test
        void acceptsUtf8WithAByteOrderMark() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] body = document.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, bytes, 0, 3);
            System.arraycopy(body, 0, bytes, 3, body.length);

            Report r = Json.JSON.readReport(new java.io.ByteArrayInputStream(bytes), Json.STRICT);
            assertThat(r.titles().get(0).text()).isEqualTo("军民融合");
        }

        @Test
        void rejectsUtf16AndUtf32WithOrWithoutAByteOrderMark() {
            for (String charset : List.of("UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
                byte[] bytes = document.getBytes(java.nio.charset.Charset.forName(charset));
                assertThat(failure(Json.JSON, bytes, Json.STRICT)).as(charset).hasMessageContaining("must be UTF-8");
            }
        }

        @Test
        void rejectsInvalidUtf8WithItsLocation() {
            byte[] bytes = (HEAD + "\"id\":\"r\",\"type\":\"book\",\"rights\":\"ab\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);

            ReportParseException e = failure(Json.JSON, bytes, Json.STRICT);
            assertThat(e.getMessage()).containsIgnoringCase("UTF-8");
            assertThat(e.location().line()).isEqualTo(1);
        }
    }
}
