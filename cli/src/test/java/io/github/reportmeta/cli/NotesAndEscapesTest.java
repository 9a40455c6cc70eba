package io.github.reportmeta.cli;

import static io.github.reportmeta.cli.CommandLineRun.run;
import static io.github.reportmeta.cli.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the command line prints for people: notes summed up by kind, and nothing raw from an input. */
class NotesAndEscapesTest {

    private static final String SAMPLE = "../examples/data/sample-catalogue.json";

    @TempDir
    Path dir;

    @Nested
    class NotesByDefault {

        @Test
        void areOneLineAKindWithItsCountAndFirstPlace() {
            CommandLineRun result = run("convert", SAMPLE, "--to", "oai_dc");

            assertThat(result.exit()).isZero();
            assertThat(result.err().lines()).containsExactly(
                    "warning: loss /id: oai_dc has no element for the report id; OAI-PMH readers take the header identifier"
                            + " (3 times, first at drc-2021-41 /id)",
                    "warning: loss /authors/*/agent/name/order: oai_dc writes names as \"Family, Given\" and loses the name order"
                            + " (4 times, first at drc-2021-41 /authors/0/agent/name/order)",
                    "warning: loss /publisher/parent/acronym: oai_dc cannot carry /publisher/parent/acronym as it is"
                            + " (see docs/formats/dublin-core.md) (3 times, first at drc-2021-41 /publisher/parent/acronym)",
                    "warning: loss /metrics: oai_dc has no element for usage counts (3 times, first at drc-2021-41 /metrics)");
        }

        @Test
        void doNotGrowWithTheNumberOfReports() throws Exception {
            Path generated = dir.resolve("generated.jsonl");
            assertThat(run("generate", "--count", "2000", "--to", "jsonl", "-o", generated.toString()).exit()).isZero();

            CommandLineRun result = run("convert", generated.toString(), "--to", "dcterms", "-o", dir.resolve("out.xml").toString());

            assertThat(result.exit()).isZero();
            assertThat(result.err().lines().count()).isLessThan(15);
            assertThat(result.err()).contains("warning: loss /metrics: dcterms has no element for usage counts (2,000 times, first at syn-1-0 /metrics)");
        }

        @Test
        void comeBeforeTheErrorThatEndsARun() {
            CommandLineRun result = run("convert", SAMPLE, "--to", "oai_dc", "--lossless");

            assertThat(result.exit()).isEqualTo(1);
            List<String> lines = result.err().lines().toList();
            assertThat(lines.get(lines.size() - 1)).startsWith("reportmeta: refused:");
        }
    }

    @Nested
    class NotesOption {

        @Test
        void allPrintsEachNote() {
            CommandLineRun result = run("convert", SAMPLE, "--to", "oai_dc", "--notes", "all");

            assertThat(result.exit()).isZero();
            assertThat(result.err().lines()).hasSize(13)
                    .contains("warning: loss drc-2021-41 /metrics: oai_dc has no element for usage counts");
        }

        @Test
        void jsonWritesEachNoteAsALineOfJsonAndSumsThemUpOnStandardError() throws Exception {
            Path notes = dir.resolve("notes.jsonl");

            CommandLineRun result = run("convert", SAMPLE, "--to", "oai_dc", "--notes", "json", notes.toString());

            assertThat(result.exit()).isZero();
            assertThat(result.err().lines()).hasSize(4);
            List<String> lines = Files.readAllLines(notes);
            assertThat(lines).hasSize(13);
            JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
            assertThat(first.get("kind").asString()).isEqualTo("loss");
            assertThat(first.get("report").asString()).isEqualTo("drc-2021-41");
            assertThat(first.get("pointer").asString()).isEqualTo("/id");
            assertThat(first.get("message").asString()).startsWith("oai_dc has no element for the report id");
        }

        @Test
        void jsonWritesReadersNotesWithTheirPlace() throws Exception {
            Path input = Files.writeString(dir.resolve("unknown.json"), Files.readString(Path.of(path("valid-catalogue.json")))
                    .replaceFirst("\"titles\": \\[", "\"x-extra\": 1, \"titles\": ["));
            Path notes = dir.resolve("notes.jsonl");

            CommandLineRun result = run("convert", "--lenient", input.toString(), "--to", "json", "--notes", "json", notes.toString());

            assertThat(result.exit()).as(result.err()).isZero();
            JsonNode note = JsonMapper.builder().build().readTree(Files.readAllLines(notes).get(0));
            assertThat(note.get("kind").asString()).isEqualTo("warning");
            assertThat(note.get("source").asString()).isEqualTo(input.toString());
            assertThat(note.get("line").asInt()).isEqualTo(5);
        }

        @Test
        void anUnknownValueIsAUsageError() {
            CommandLineRun result = run("convert", SAMPLE, "--to", "oai_dc", "--notes", "some");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("--notes must be summary, all or json FILE, but was 'some'");
        }

        @Test
        void jsonToStandardOutputIsAUsageError() {
            CommandLineRun result = run("convert", SAMPLE, "--to", "oai_dc", "--notes", "json", "-");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
        }

        @Test
        void digestAndDiffTakeItToo() {
            assertThat(run("digest", SAMPLE, "--since", "2021", "--notes", "all").exit()).isZero();
            assertThat(run("diff", SAMPLE, SAMPLE, "--notes", "summary").exit()).isZero();
        }
    }

    @Nested
    class InfoNotesInValidate {

        private static final String RECORD = "<record><header><identifier>oai:example.org:%s</identifier><datestamp>2019-02-03"
                + "</datestamp></header><metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title xml:lang=\"en\">Report %s</dc:title>"
                + "<dc:date>2019-02-03</dc:date></oai_dc:dc></metadata></record>\n";

        @Test
        void doNotCountAsWarnings() throws Exception {
            Path harvest = Files.writeString(dir.resolve("harvest.xml"), "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">\n"
                    + "<ListRecords>\n" + RECORD.formatted("1", "1") + RECORD.formatted("2", "2")
                    + "<resumptionToken completeListSize=\"4\" cursor=\"0\">next-page</resumptionToken>\n"
                    + "</ListRecords>\n</OAI-PMH>\n");

            CommandLineRun result = run("validate", "--fail-on", "warning", harvest.toString());

            assertThat(result.exit()).as(result.out() + result.err()).isZero();
            assertThat(result.out()).isEqualTo("2 reports in 1 file: 0 errors, 0 warnings\n");
            assertThat(result.err()).contains("info: ", "OAI-PMH header identifier 'oai:example.org:1' kept as the report id", "(2 times",
                    "OAI-PMH resumption token 'next-page'");
        }
    }

    @Nested
    class WhatComesFromAnInput {

        /** A JSON catalogue whose first report's date holds ESC, BEL, CR, LF and a forged line, as JSON escapes. */
        private Path hostile() throws Exception {
            return Files.writeString(dir.resolve("hostile.json"), Files.readString(Path.of(path("valid-catalogue.json")))
                    .replaceFirst("\"issued\": \"2007", "\"issued\": \"2018\\\\u001b[2J\\\\u0007\\\\r\\\\nforged: line\\\\u202e"));
        }

        @Test
        void isEscapedInATextReport() throws Exception {
            CommandLineRun result = run("validate", hostile().toString());

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.out().lines()).hasSize(2);
            assertThat(result.out()).contains("but was '2018\\u001B[2J\\u0007\\u000D\\u000Aforged: line\\u202E");
            assertOnlyLineEnds(result.out());
        }

        @Test
        void isEscapedInGitHubAnnotations() throws Exception {
            CommandLineRun result = run("validate", "--report", "github", hostile().toString());

            assertThat(result.out().lines()).hasSize(2);
            // The JSON reader's message already escapes what it quotes, so no raw CR or LF is left for the
            // annotation's own %0D%0A encoding; the bidi override is escaped by the command.
            assertThat(result.out()).contains("\\u001B[2J\\u0007\\u000D\\u000Aforged: line\\u202E");
            assertOnlyLineEnds(result.out());
        }

        @Test
        void isEscapedInAnErrorMessage() throws Exception {
            CommandLineRun result = run("convert", hostile().toString(), "--to", "json");

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err().lines()).hasSize(1);
            assertThat(result.err()).contains("\\u001B[2J");
            assertOnlyLineEnds(result.err());
        }

        @Test
        void isEscapedInANote() throws Exception {
            Path input = Files.writeString(dir.resolve("unknown.json"), Files.readString(Path.of(path("valid-catalogue.json")))
                    .replaceFirst("\"titles\": \\[", "\"x-\\\\u202eevil\\\\u001b[31m\\\\u0000\": 1, \"titles\": ["));

            for (String notes : List.of("summary", "all")) {
                CommandLineRun result = run("convert", "--lenient", "--notes", notes, input.toString(), "--to", "json");

                assertThat(result.exit()).as(result.err()).isZero();
                assertThat(result.err()).contains("unknown property 'x-\\u202Eevil\\u001B[31m\\u0000'");
                assertOnlyLineEnds(result.err());
            }
        }

        private void assertOnlyLineEnds(String printed) {
            assertThat(printed.chars().filter(c -> c != '\n' && io.github.reportmeta.cli.internal.TerminalText.isUnsafe((char) c)))
                    .as("characters to escape in%n%s", new String(printed.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .isEmpty();
        }
    }
}
