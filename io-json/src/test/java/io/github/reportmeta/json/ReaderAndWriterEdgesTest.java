package io.github.reportmeta.json;

import static io.github.reportmeta.json.Json.JSON;
import static io.github.reportmeta.json.Json.JSONL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Author;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON readers' and writers' edges: pointers, closing, values at their limits, nesting the writer refuses. */
class ReaderAndWriterEdgesTest {

    private static final String CATALOGUE = "{\"format\":\"reportmeta-catalogue\",\"version\":\"1.0\",\"reports\":["
            + "{\"id\":\"a\",\"type\":\"other\"},{\"id\":\"b\",\"type\":\"other\"}]}";

    @Nested
    class Pointers {

        @Test
        void aCatalogueReaderPointsAtTheLastReportItGave() {
            try (ReportReader reader = JSON.newReader(Json.input(CATALOGUE), Json.STRICT)) {
                assertThat(reader.pointer()).isEmpty();
                reader.next();
                assertThat(reader.pointer()).isEqualTo("/reports/0");
                reader.next();
                assertThat(reader.pointer()).isEqualTo("/reports/1");
                assertThat(reader.hasNext()).isFalse();
                assertThat(reader.pointer()).isEqualTo("/reports/1");
            }
        }

        @Test
        void aSingleReportDocumentHasNoPointerToGive() {
            String single = "{\"format\":\"reportmeta-report\",\"version\":\"1.0\",\"id\":\"a\",\"type\":\"other\"}";
            try (ReportReader reader = JSON.newReader(Json.input(single), Json.STRICT)) {
                assertThat(reader.next().id().value()).isEqualTo("a");
                assertThat(reader.pointer()).isEmpty();
            }
        }
    }

    @Nested
    class Closing {

        @Test
        void closingAReaderClosesItsInputOnce() {
            Counting in = new Counting(CATALOGUE);
            ReportReader reader = JSON.newReader(in, Json.STRICT);
            reader.next();
            assertThat(in.closed).isZero();
            reader.close();
            reader.close();
            assertThat(in.closed).isEqualTo(1);
            assertThat(reader.hasNext()).as("a closed reader gives nothing more").isFalse();
        }

        @Test
        void aLinesReaderClosesItsInputAtTheEnd() {
            Counting in = new Counting("{\"id\":\"r\",\"type\":\"other\"}\n");
            ReportReader reader = JSONL.newReader(in, Json.STRICT);

            assertThat(reader.next().id().value()).isEqualTo("r");
            assertThat(in.closed).isZero();
            assertThat(reader.hasNext()).isFalse();
            assertThat(in.closed).as("closed when the end is read, before close() is called").isEqualTo(1);
            reader.close();
            assertThat(in.closed).isEqualTo(1);
        }

        @Test
        void anInputRefusedAtItsFirstBytesIsClosed() {
            Counting in = new Counting("\u0000{}");
            in.failOnClose = true;

            assertThatThrownBy(() -> JSON.newReader(in, Json.STRICT))
                    .isInstanceOfSatisfying(ReportParseException.class, e -> {
                        assertThat(e.problem()).contains("a zero byte in the first four bytes");
                        assertThat(e.getSuppressed()).singleElement().isInstanceOf(IOException.class);
                    });
            assertThat(in.closed).isEqualTo(1);
        }

        @Test
        void aMalformedDocumentClosesItsInputAndKeepsAFailureToClose() {
            Counting in = new Counting("{\"format\":\"reportmeta-catalogue\",\"version\":\"1.0\",\"reports\":[{]}");
            in.failOnClose = true;
            ReportReader reader = JSON.newReader(in, Json.STRICT);

            assertThatThrownBy(reader::hasNext).isInstanceOfSatisfying(ReportParseException.class,
                    e -> assertThat(e.getSuppressed()).singleElement().satisfies(s -> assertThat(s)
                            .hasRootCauseInstanceOf(IOException.class).hasRootCauseMessage("cannot close")));
            assertThat(in.closed).isEqualTo(1);
            assertThat(reader.hasNext()).isFalse();
        }

        @Test
        void aFailingInputIsAnIoFailureThatClosesIt() {
            Counting in = new Counting(CATALOGUE);
            in.failAfter = 60;
            ReportReader reader = JSON.newReader(in, ReadOptions.of("flaky.json"));

            assertThatThrownBy(() -> reader.forEachRemaining(r -> { }))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("cannot read flaky.json")
                    .hasRootCauseMessage("the disk went away");
            assertThat(in.closed).isEqualTo(1);
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Nested
    class Values {

        /** A report whose one property has the given JSON value, and what the reader says of it. */
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = ';', value = {
            "\"role\":\"boss\"; a role must be one of author, editor, contributor, research-team, translator, supervisor, reviewer, but was 'boss'",
            "\"year\":\"2018\"; expected an integer or null, but was a string",
            "\"year\":2147483648; integer out of range: expected at most 2147483647 in magnitude",
            "\"count\":9223372036854775808; integer out of range: expected at most 9223372036854775807 in magnitude",
            "\"count\":1.5; expected an integer, but was a decimal number",
            "\"text\":\"ab\\ud83d\"; text must consist of Unicode scalar values, but character 2 of the string is the unpaired surrogate U+D83D",
            "\"text\":\"\\ud83d\\ude00\\ud83d\"; text must consist of Unicode scalar values, but character 2 of the string is the unpaired surrogate U+D83D",
        })
        void aValueOutsideWhatTheFieldTakesIsNamed(String property, String problem) {
            String report = "{\"format\":\"reportmeta-report\",\"version\":\"1.0\",\"id\":\"a\",\"type\":\"other\","
                    + switch (property.substring(1, property.indexOf('"', 1))) {
                        case "role" -> "\"authors\":[{\"agent\":{\"type\":\"organization\",\"name\":\"O\"}," + property + "}]";
                        case "year" -> "\"number\":{\"series\":\"S\",\"number\":\"1\",\"raw\":\"S 1\"," + property + "}";
                        case "count" -> "\"metrics\":[{\"type\":\"views\"," + property + "}]";
                        default -> "\"titles\":[{" + property + "}]";
                    } + "}";

            assertThatThrownBy(() -> JSON.readReport(Json.input(report), Json.STRICT))
                    .isInstanceOfSatisfying(ReportParseException.class, e -> assertThat(e.problem()).isEqualTo(problem));
        }

        @Test
        void aSurrogatePairIsText() {
            String report = "{\"format\":\"reportmeta-report\",\"version\":\"1.0\",\"id\":\"a\",\"type\":\"other\","
                    + "\"titles\":[{\"text\":\"a\\ud83d\\ude00\"}],\"number\":{\"series\":\"S\",\"number\":\"1\","
                    + "\"raw\":\"S 1\",\"year\":null},\"rights\":null}";

            Report read = JSON.readReport(Json.input(report), Json.STRICT);
            assertThat(read.titles().get(0).text()).isEqualTo("a\uD83D\uDE00");
            assertThat(read.number().year()).isNull();
            assertThat(read.rights()).isNull();
        }

        @Test
        void aLongUnknownNameIsQuotedByItsStart() {
            String name = "n".repeat(79) + "\uD83D\uDE00" + "n".repeat(20);
            String report = "{\"format\":\"reportmeta-report\",\"version\":\"1.0\",\"id\":\"a\",\"" + name + "\":1}";

            assertThatThrownBy(() -> JSON.readReport(Json.input(report), Json.STRICT))
                    .isInstanceOfSatisfying(ReportParseException.class, e -> assertThat(e.problem())
                            .startsWith("unknown property '" + "n".repeat(79) + "\u2026 (101 characters)'; expected one of "));
        }

        @Test
        void aNameOfExactlyEightyCharactersIsQuotedWhole() {
            String name = "n".repeat(80);
            String report = "{\"format\":\"reportmeta-report\",\"version\":\"1.0\",\"id\":\"a\",\"" + name + "\":1}";

            assertThatThrownBy(() -> JSON.readReport(Json.input(report), Json.STRICT))
                    .isInstanceOfSatisfying(ReportParseException.class, e -> assertThat(e.problem())
                            .startsWith("unknown property '" + name + "'; expected one of "));
        }

        @Test
        void aLongInvalidValueIsQuotedByItsStart() {
            String doi = "10.1234/" + "x".repeat(100) + " y";
            String report = "{\"format\":\"reportmeta-report\",\"version\":\"1.0\",\"id\":\"a\",\"type\":\"other\","
                    + "\"identifiers\":[{\"scheme\":\"doi\",\"value\":\"" + doi + "\"}]}";

            assertThatThrownBy(() -> JSON.readReport(Json.input(report), Json.STRICT))
                    .isInstanceOfSatisfying(ReportParseException.class, e -> assertThat(e.problem())
                            .endsWith(", but was '" + doi.substring(0, 80) + "\u2026 (" + doi.length() + " characters)'"));
        }
    }

    @Nested
    class Writing {

        @Test
        void aCatalogueWriterClosedAtOnceWritesAnEmptyCatalogue() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.newWriter(out, WriteOptions.DEFAULT).close();

            assertThat(JSON.readCatalogue(new ByteArrayInputStream(out.toByteArray()), Json.STRICT).reports()).isEmpty();
            assertThat(Json.text(out.toByteArray())).contains("\"format\": \"reportmeta-catalogue\"")
                    .contains("\"version\": \"1.0\"").contains("\"reports\": [");
        }

        @Test
        void aLinesWriterClosedAtOnceWritesNothing() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSONL.newWriter(out, WriteOptions.DEFAULT).close();

            assertThat(out.toByteArray()).isEmpty();
        }

        /**
         * A report's organisations may nest as deep as a reader then accepts (64 levels): a publisher opens at
         * level 4 of a catalogue document, an author team at 6, an affiliation at 8.
         */
        @ParameterizedTest(name = "{0}: {1} levels fit")
        @CsvSource({"publisher, 61", "team, 59", "affiliation, 57"})
        void theWriterRefusesOrganisationsNestedDeeperThanAReaderAccepts(String where, int fit) {
            Function<Organization, Report> place = switch (where) {
                case "publisher" -> o -> report().publisher(o).build();
                case "team" -> o -> report().author(Author.researchTeam(o)).build();
                default -> o -> report().author(new Author(new Person(PersonName.literal("P"), null, List.of(o)),
                        Role.AUTHOR)).build();
            };

            Report fits = place.apply(chain(fit));
            byte[] written = Json.write(JSON, null, List.of(fits));
            assertThat(Json.read(JSON, written).reports()).containsExactly(fits);

            Report deeper = place.apply(chain(fit + 1));
            String pointer = switch (where) {
                case "publisher" -> "/publisher";
                case "team" -> "/authors/0/agent";
                default -> "/authors/0/agent/affiliations/0";
            };
            String refusal = "report 'deep' cannot be written as JSON: " + pointer + " is organisation 'level "
                    + (fit + 1) + "' with " + (fit + 1) + " levels of parents; the JSON format nests at most 64 levels,"
                    + " so expected at most " + fit + " here";
            ByteArrayOutputStream single = new ByteArrayOutputStream();
            assertThatExceptionOfType(ReportMetadataException.class).isThrownBy(() -> JSON.writeReport(deeper, single)).withMessage(refusal);
            assertThat(single.toByteArray()).as("nothing written").isEmpty();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ReportWriter writer = JSON.newWriter(out, WriteOptions.DEFAULT)) {
                assertThatExceptionOfType(ReportMetadataException.class).isThrownBy(() -> writer.write(deeper)).withMessage(refusal);
                assertThat(out.toByteArray()).as("nothing written").isEmpty();
                writer.write(fits);
            }
            assertThat(Json.read(JSON, out.toByteArray()).reports()).as("the writer goes on").containsExactly(fits);
        }

        @Test
        void theWriterRefusesAHeaderWhosePublisherNestsTooDeep() {
            CatalogueHeader fits = new CatalogueHeader(
                    CatalogueId.of("c"), List.of(), chain(63), null, null);
            CatalogueHeader deeper = new CatalogueHeader(
                    CatalogueId.of("c"), List.of(), chain(64), null, null);

            assertThat(Json.read(JSON, Json.write(JSON, fits, List.of())).header()).isEqualTo(fits);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ReportWriter writer = JSONL.newWriter(out, WriteOptions.DEFAULT)) {
                assertThatExceptionOfType(ReportMetadataException.class).isThrownBy(() -> writer.writeHeader(deeper))
                        .withMessage("catalogue header cannot be written as JSON: /publisher is organisation 'level 64'"
                                + " with 64 levels of parents; the JSON format nests at most 64 levels, so expected at"
                                + " most 63 here");
                assertThat(out.toByteArray()).as("nothing written").isEmpty();
            }
        }

        private static Report.Builder report() {
            return Report.builder("deep").type(ReportType.OTHER);
        }

        /** An organisation with {@code levels - 1} parents above it. */
        private static Organization chain(int levels) {
            Organization o = null;
            for (int i = 1; i <= levels; i++) {
                o = Organization.of("level " + i).withParent(o);
            }
            return o;
        }
    }

    /** An input that counts how often it is closed, and can fail to be read or closed. */
    static final class Counting extends InputStream {
        private final InputStream in;
        int closed;
        boolean failOnClose;
        int failAfter = Integer.MAX_VALUE;
        private int read;

        Counting(String text) {
            this.in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public int read() throws IOException {
            if (read >= failAfter) {
                throw new IOException("the disk went away");
            }
            read++;
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (read >= failAfter) {
                throw new IOException("the disk went away");
            }
            int n = in.read(b, off, Math.min(len, Math.max(1, failAfter - read)));
            if (n > 0) {
                read += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            closed++;
            if (failOnClose) {
                throw new IOException("cannot close");
            }
        }
    }
}
