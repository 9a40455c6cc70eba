package io.github.reportmeta.cli;

import static io.github.reportmeta.cli.CommandLineRun.run;
import static io.github.reportmeta.cli.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {

    @TempDir
    Path dir;

    @Nested
    class Formats {
        @Test
        void listsEveryFormatWithWhatItCanDo() {
            CommandLineRun result = run("formats");

            assertThat(result.exit()).isZero();
            assertThat(result.out()).containsPattern("(?m)^json +read/write +application/json +json ");
            assertThat(result.out()).containsPattern("(?m)^jsonl +read/write +application/jsonl +jsonl,ndjson ");
            assertThat(result.out()).containsPattern("(?m)^listing +read ");
            assertThat(result.out()).containsPattern("(?m)^dc-html +write ");
            assertThat(result.out()).containsPattern("(?m)^datacite +read/write +application/vnd.datacite.datacite\\+xml +datacite.xml ");
            assertThat(result.out().lines().skip(1).map(l -> l.split(" +")[0]))
                    .containsExactly(
                            "bibtex", "crossref", "csl-json", "datacite", "dc-html", "dcterms", "digest-html", "digest-text", "json", "jsonl", "listing", "oai_dc", "ris", "schema-org", "xml");
        }

        @Test
        void alignsEveryColumnHoweverLongItsCells() {
            List<String> lines = run("formats").out().lines().toList();

            for (String column : List.of("CAN", "MEDIA TYPE", "EXTENSIONS", "DESCRIPTION")) {
                int at = lines.get(0).indexOf(column);
                assertThat(lines).allSatisfy(l -> assertThat(l.charAt(at - 1)).as("before %s in %s", column, l).isEqualTo(' '))
                        .allSatisfy(l -> assertThat(l.charAt(at)).as("at %s in %s", column, l).isNotEqualTo(' '));
            }
        }

        @Test
        void listsTheSameFormatsAsJsonForPrograms() throws Exception {
            CommandLineRun table = run("formats");
            CommandLineRun result = run("formats", "--json");

            assertThat(result.exit()).isZero();
            tools.jackson.databind.JsonNode formats = new tools.jackson.databind.ObjectMapper().readTree(result.out());
            assertThat(formats.valueStream().map(f -> f.get("name").asString()))
                    .containsExactlyElementsOf(table.out().lines().skip(1).map(l -> l.split(" +")[0]).toList());
            tools.jackson.databind.JsonNode jsonl = formats.valueStream()
                    .filter(f -> f.get("name").asString().equals("jsonl")).findFirst().orElseThrow();
            assertThat(jsonl.get("mediaType").asString()).isEqualTo("application/jsonl");
            assertThat(jsonl.get("extensions").valueStream().map(tools.jackson.databind.JsonNode::asString))
                    .containsExactly("jsonl", "ndjson");
            assertThat(jsonl.get("reads").asBoolean()).isTrue();
            assertThat(jsonl.get("writes").asBoolean()).isTrue();
            tools.jackson.databind.JsonNode listing = formats.valueStream()
                    .filter(f -> f.get("name").asString().equals("listing")).findFirst().orElseThrow();
            assertThat(listing.get("writes").asBoolean()).isFalse();
        }
    }

    @Nested
    class Schema {
        @Test
        void printsTheShippedJsonSchema() {
            CommandLineRun result = run("schema", "json");

            assertThat(result.exit()).isZero();
            assertThat(result.out()).contains("\"$schema\"").contains("2020-12");
        }

        @Test
        void printsTheShippedXmlSchema() {
            CommandLineRun result = run("schema", "xml");

            assertThat(result.exit()).isZero();
            assertThat(result.out()).contains("<xs:schema").contains("https://reportmeta.github.io/ns/xml/1");
        }

        @Test
        void anUnknownSchemaIsAUsageError() {
            assertThat(run("schema", "yaml").exit()).isEqualTo(2);
        }
    }

    @Nested
    class Diff {
        @Test
        void listsAddedChangedAndRemovedReports() {
            CommandLineRun result = run("diff", path("valid-catalogue.json"), path("valid-catalogue-newer.json"));

            assertThat(result.exit()).isZero();
            assertThat(result.out().lines()).containsExactly(
                    "added    syn-1-99  " + titleOf(2),
                    "changed  syn-1-0  titles",
                    "removed  syn-1-1  " + titleOf(1),
                    "1 added, 1 changed, 1 removed");
        }

        @Test
        void reportsJsonForPrograms() {
            CommandLineRun result = run("diff", "--report", "json", path("valid-catalogue.json"), path("valid-catalogue-newer.json"));

            assertThat(result.out()).contains("\"changed\":[{\"id\":\"syn-1-0\",\"fields\":[\"titles\"]}]");
        }

        @Test
        void exitsZeroWhenEditionsDifferUnlessAskedForAnExitCode() {
            assertThat(run("diff", path("valid-catalogue.json"), path("valid-catalogue-newer.json")).exit()).isZero();
            assertThat(run("diff", "--exit-code", path("valid-catalogue.json"), path("valid-catalogue-newer.json")).exit())
                    .isEqualTo(3);
        }

        @Test
        void exitsZeroWithExitCodeWhenTheEditionsAreTheSame() {
            CommandLineRun result = run("diff", "--exit-code", path("valid-catalogue.json"), path("valid-catalogue.json"));

            assertThat(result.exit()).isZero();
            assertThat(result.out()).endsWith("0 added, 0 changed, 0 removed" + System.lineSeparator());
        }

        @Test
        void exitsOneNotThreeWithExitCodeWhenAnEditionIsMalformed() {
            assertThat(run("diff", "--exit-code", path("valid-catalogue.json"), path("malformed-catalogue.json")).exit())
                    .isEqualTo(1);
        }

        @Test
        void aMalformedEditionExitsOne() {
            CommandLineRun result = run("diff", path("valid-catalogue.json"), path("malformed-catalogue.json"));

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).contains("2018-02-30");
        }

        private String titleOf(int index) {
            return io.github.reportmeta.synthetic.SyntheticReports.withSeed(1).report(index).mainTitle().text();
        }
    }

    @Nested
    class Digest {
        @Test
        void sendsTheReportsSinceADateNewestFirst() {
            CommandLineRun result = run("digest", "../examples/data/sample-catalogue.json", "--since", "2021-05");

            assertThat(result.exit()).isZero();
            assertThat(result.out()).contains("Digital Payment Platforms and Small Retailers", "Water Pricing Reform");
            assertThat(result.out()).doesNotContain("Rural Land Transfer");
            assertThat(result.out().indexOf("Digital Payment")).isLessThan(result.out().indexOf("Water Pricing"));
            assertThat(result.out().lines()).allMatch(line -> line.codePointCount(0, line.length()) <= 72);
        }

        @Test
        void writesHtmlForMailClients() {
            CommandLineRun result = run("digest", "../examples/data/sample-catalogue.json", "--since", "2021", "--to", "digest-html");

            assertThat(result.exit()).isZero();
            assertThat(result.out()).contains("<html").contains("style=").doesNotContain("<script");
            assertThat(result.out()).contains("Research Team on &ldquo;Land Reform in Central Provinces&rdquo;");
        }

        @Test
        void aBadDateIsAUsageError() {
            CommandLineRun result = run("digest", "../examples/data/sample-catalogue.json", "--since", "2021-02-30");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("--since: date must exist in the calendar");
        }
    }

    @Nested
    class Generate {
        @Test
        void theSameSeedGivesTheSameBytes() throws Exception {
            Path a = dir.resolve("a.jsonl");
            Path b = dir.resolve("b.jsonl");

            assertThat(run("generate", "--count", "50", "--seed", "7", "--to", "jsonl", "-o", a.toString()).exit()).isZero();
            assertThat(run("generate", "--count", "50", "--seed", "7", "--to", "jsonl", "-o", b.toString()).exit()).isZero();

            assertThat(a).hasSameBinaryContentAs(b);
            assertThat(Files.readAllLines(a)).hasSize(51);
        }

        @Test
        void generatedReportsAreValidUnderTheStrictProfile() throws Exception {
            Path out = dir.resolve("g.json");
            run("generate", "--count", "200", "--seed", "3", "--to", "json", "-o", out.toString());

            CommandLineRun result = run("validate", "--profile", "strict", "--fail-on", "warning", out.toString());

            assertThat(result.out()).isEqualTo("200 reports in 1 file: 0 errors, 0 warnings\n");
            assertThat(result.exit()).isZero();
        }

        @Test
        void aNegativeCountIsAUsageError() {
            assertThat(run("generate", "--count", "-1", "--to", "json").exit()).isEqualTo(2);
        }
    }
}
