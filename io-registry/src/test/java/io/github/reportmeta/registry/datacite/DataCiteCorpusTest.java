package io.github.reportmeta.registry.datacite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real DataCite records read back: the official examples of the 4.6 schema and records from public projects' test
 * fixtures. Each value of each file (a text or an attribute) is counted as kept or named in a note; none may be
 * silently lost.
 */
class DataCiteCorpusTest {

    private static final Pattern DOI = Pattern.compile("<identifier identifierType=\"DOI\">([^<]+)</identifier>");

    static Stream<Path> officialExamples() throws IOException {
        DataCiteTesting.schema();
        try (Stream<Path> files = Files.list(DataCiteTesting.OFFICIAL.resolve("example"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            assertThat(list).as("the official examples").hasSizeGreaterThanOrEqualTo(13);
            return list.stream();
        }
    }

    static Stream<Path> realRecords() throws IOException, URISyntaxException {
        Path dir = Path.of(DataCiteCorpusTest.class.getResource("/fixtures/datacite/real/README.md").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            assertThat(list).as("the real records").hasSizeGreaterThanOrEqualTo(5);
            return list.stream();
        }
    }

    static void readsWithNothingSilentlyLost(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        }
        DataCiteTesting.Read read = DataCiteTesting.read(bytes, file.getFileName().toString());
        long[] tally = read.tally();
        System.out.printf("%s: %d values kept, %d noted, %d silently lost; %d notes%n", file.getFileName(), tally[1],
                tally[2], tally[0], read.notes().size());
        assertThat(read.reports()).as("records in %s", file).hasSize(1);
        Report report = read.reports().get(0);
        assertThat(tally[0]).as("values of %s silently lost", file).isZero();
        assertThat(tally[1]).as("values of %s kept", file).isPositive();
        if (tally[2] > 0) {
            assertThat(read.notes()).as("notes of %s, which drops %d values", file, tally[2])
                    .anyMatch(n -> n.kind() == ConversionNote.Kind.WARNING);
        }
        assertThat(read.notes()).as("notes of %s", file).allSatisfy(n -> {
            assertThat(n.location()).isNotNull();
            assertThat(n.report()).isEqualTo(report.id());
        });
        assertThat(report.titles()).as("titles of %s", file).isNotEmpty();
        Matcher doi = DOI.matcher(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        if (doi.find()) {
            assertThat(report.identifiers()).as("identifiers of %s", file)
                    .anySatisfy(i -> assertThat(i.value()).isEqualToIgnoringCase(doi.group(1).strip()));
        }
        // What was read writes again as a record the schema accepts, once it has a year.
        Report again = report.issued() == null ? report.withIssued(io.github.reportmeta.PartialDate.of(2000)) : report;
        if (DataCiteMapping.primaryDoi(again) != null) {
            assertThat(DataCiteTesting.schemaError(DataCiteTesting.write(again).bytes()))
                    .as("schema error of %s written again", file).isNull();
        }
    }

    @Nested
    class TheOfficialExamples {
        @ParameterizedTest
        @MethodSource("io.github.reportmeta.registry.datacite.DataCiteCorpusTest#officialExamples")
        void readBackWithNothingSilentlyLost(Path file) throws IOException {
            readsWithNothingSilentlyLost(file);
        }
    }

    @Nested
    class RecordsFromPublicProjects {
        @ParameterizedTest
        @MethodSource("io.github.reportmeta.registry.datacite.DataCiteCorpusTest#realRecords")
        void readBackWithNothingSilentlyLost(Path file) throws IOException {
            readsWithNothingSilentlyLost(file);
        }
    }
}
