package io.github.reportmeta.cli;

import static io.github.reportmeta.cli.CommandLineRun.run;
import static io.github.reportmeta.cli.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    @Test
    void convertsJsonToJsonLinesAndBackToTheSameBytes() throws Exception {
        Path lines = dir.resolve("catalogue.jsonl");
        Path back = dir.resolve("catalogue.json");

        assertThat(run("convert", path("valid-catalogue.json"), "--to", "jsonl", "-o", lines.toString()).exit()).isZero();
        assertThat(Files.readAllLines(lines)).hasSize(4);
        assertThat(run("convert", lines.toString(), "--to", "json", "-o", back.toString()).exit()).isZero();

        assertThat(back).hasSameBinaryContentAs(Path.of(path("valid-catalogue.json")));
        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("catalogue.jsonl", "catalogue.json");
        }
    }

    @Test
    void readsAOneLineJsonLinesFileWithoutHeaderAsJsonLines() throws Exception {
        Path one = Files.writeString(dir.resolve("one.jsonl"), "{\"id\":\"r1\",\"type\":\"other\"}\n");

        CommandLineRun result = run("convert", one.toString(), "--to", "json");

        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("\"format\": \"reportmeta-catalogue\"").contains("\"id\": \"r1\"");
    }

    @Test
    void writesToStandardOutputByDefault() {
        CommandLineRun result = run("convert", path("valid-catalogue.json"), "--to", "jsonl");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("{\"format\":\"reportmeta-header\"");
    }

    @Test
    void aMalformedInputLeavesNoOutputFileAndKeepsAnExistingOne() throws Exception {
        Path out = Files.writeString(dir.resolve("out.jsonl"), "old content");

        CommandLineRun result = run("convert", path("valid-catalogue.json"), path("malformed-catalogue.json"),
                "--to", "jsonl", "-o", out.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("date must exist in the calendar");
        assertThat(out).hasContent("old content");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void concatenatesInputsKeepingTheFirstHeader() throws Exception {
        Path out = dir.resolve("both.jsonl");

        CommandLineRun result = run("convert", path("valid-catalogue.json"), path("valid-catalogue-newer.json"),
                "--to", "jsonl", "-o", out.toString());

        assertThat(result.exit()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(1 + 3 + 3);
        assertThat(result.err()).contains("the catalogue header of a later input is not written");
    }

    @Test
    void aLossyConversionWarnsOfEachDroppedField() {
        CommandLineRun result = run("convert", path("valid-catalogue.json"), "--to", "oai_dc", "--notes", "all");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("<oai_dc:dc");
        assertThat(result.err()).contains("warning: loss syn-1-0 /metrics", "warning: loss syn-1-2 /metrics");
    }

    @Test
    void aLossyConversionWarnsOfEachKindOfDroppedFieldOnce() {
        CommandLineRun result = run("convert", path("valid-catalogue.json"), "--to", "oai_dc");

        assertThat(result.exit()).isZero();
        assertThat(result.err()).containsOnlyOnce("warning: loss /metrics: oai_dc has no element for usage counts (3 times, first at syn-1-0 /metrics)");
    }

    @Test
    void losslessRefusesALossyConversionAndWritesNothing() {
        Path out = dir.resolve("out.xml");

        CommandLineRun result = run("convert", path("valid-catalogue.json"), "--to", "oai_dc", "--lossless", "-o", out.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("refused:", "lossless");
        assertThat(out).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void losslessAllowsALosslessConversion() {
        assertThat(run("convert", path("valid-catalogue.json"), "--to", "xml", "--lossless").exit()).isZero();
    }

    @Test
    void readsAListingPageAndFindsItsFormatFromTheContent() throws Exception {
        Path listing = Path.of("../examples/data/sample-listing.txt");

        CommandLineRun result = run("convert", listing.toString(), "--to", "json");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(Files.readString(Path.of("../examples/data/sample-catalogue.json")));
    }

    @Test
    void readsStandardInputAndWritesStandardOutput() throws Exception {
        byte[] json = Files.readAllBytes(Path.of(path("valid-catalogue.json")));

        CommandLineRun result = CommandLineRun.runWithInput(json, "convert", "-", "--to", "json");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theInputFormatCanBeNamed() {
        CommandLineRun result = run("convert", "--from", "jsonl", path("valid-catalogue.json"), "--to", "json");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains(path("valid-catalogue.json"));
    }
}
