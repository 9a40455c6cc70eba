package io.github.reportmeta.cli;

import static io.github.reportmeta.cli.CommandLineRun.run;
import static io.github.reportmeta.cli.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

    final String valid = path("valid-catalogue.json");
    final String invalid = path("invalid-catalogue.json");
    final String malformed = path("malformed-catalogue.json");

    @Nested
    class Text {
        @Test
        void aValidCatalogueExitsZeroUnderBothProfiles() {
            assertThat(run("validate", valid).exit()).isZero();
            CommandLineRun strict = run("validate", "--profile", "strict", valid);
            assertThat(strict.exit()).isZero();
            assertThat(strict.out()).isEqualTo("3 reports in 1 file: 0 errors, 0 warnings\n");
        }

        @Test
        void everyViolationIsReportedWithFileLinePointerAndCode() {
            CommandLineRun result = run("validate", invalid);

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.out().lines()).containsExactly(
                    invalid + ":113:5: error [future-date] /reports/1/issued: must not be in the future, but was 2031-01-01",
                    invalid + ":219:5: error [duplicate-id] /reports/2/id: report id 'syn-1-0' is already used by the report at /reports/0",
                    invalid + ":219:5: error [xml-characters] /reports/2/titles/0/text: must contain only characters XML 1.0 allows"
                            + " (no control characters other than tab, line feed and carriage return, no U+FFFE, U+FFFF or unpaired surrogates)",
                    "3 reports in 1 file: 3 errors, 0 warnings");
        }

        @Test
        void aParseErrorIsReportedAndTheOtherFilesAreStillRead() {
            CommandLineRun result = run("validate", malformed, invalid);

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.out()).contains(malformed + ":1:137: error [parse-error] /reports/0/issued: date must exist in the calendar");
            assertThat(result.out()).contains("3 reports in 2 files: 4 errors, 0 warnings");
        }

        @Test
        void aMissingFileMakesTheExitCodeTwoButTheOthersAreValidated() {
            CommandLineRun result = run("validate", invalid, "no-such-file.json");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.out()).contains("3 errors");
            assertThat(result.err()).contains("cannot open 'no-such-file.json': no such file");
        }

        @Test
        void messagesCanBeChinese() {
            assertThat(run("validate", "--locale", "zh", invalid).out()).contains("不能是将来的日期，实际为 2031-01-01");
        }

        @Test
        void readsStandardInput() throws Exception {
            byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(invalid));
            CommandLineRun result = CommandLineRun.runWithInput(bytes, "validate", "-");

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.out()).startsWith("<stdin>:113:5: error [future-date]");
        }
    }

    @Nested
    class MachineReports {
        @Test
        void jsonReportCountsAndLocatesEveryProblem() {
            CommandLineRun result = run("validate", "--report", "json", invalid, malformed);
            JsonNode report = JsonMapper.builder().build().readTree(result.out());

            assertThat(result.exit()).isEqualTo(1);
            assertThat(report.get("errors").asInt()).isEqualTo(4);
            assertThat(report.get("reports").asInt()).isEqualTo(3);
            JsonNode first = report.get("files").get(0).get("problems").get(0);
            assertThat(first.get("pointer").asString()).isEqualTo("/reports/1/issued");
            assertThat(first.get("code").asString()).isEqualTo("future-date");
            assertThat(first.get("line").asInt()).isEqualTo(113);
            assertThat(report.get("files").get(1).get("problems").get(0).get("code").asString()).isEqualTo("parse-error");
        }

        @Test
        void junitReportIsXmlThatCiServersRead() throws Exception {
            CommandLineRun result = run("validate", "--report", "junit", invalid, valid);
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(result.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));

            assertThat(result.exit()).isEqualTo(1);
            assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("3");
            assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
            assertThat(xml.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("type").getNodeValue())
                    .isEqualTo("error:future-date");
        }

        @Test
        void junitFileComesBesideTheTextReportWithTheSameProblems(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
                throws Exception {
            java.nio.file.Path junit = dir.resolve("TEST-reportmeta.xml");
            CommandLineRun result = run("validate", "--junit", junit.toString(), invalid, valid);
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.out()).contains("/reports/1/issued").endsWith("6 reports in 2 files: 3 errors, 0 warnings\n");
            assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("3");
            assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
        }

        @Test
        void aJunitFileInAMissingFolderIsAUsageErrorAndWritesNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
            CommandLineRun result = run("validate", "--junit", dir.resolve("no/such/TEST.xml").toString(), valid);

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
        }

        @Test
        void githubReportAnnotatesTheFiles() {
            CommandLineRun result = run("validate", "--report", "github", invalid);

            assertThat(result.out().lines().findFirst()).contains(
                    "::error file=" + invalid + ",line=113,col=5,title=reportmeta future-date::/reports/1/issued: must not be in the future, but was 2031-01-01");
        }
    }

    @Nested
    class Lenient {
        @Test
        void readsPastAnUnknownFieldAsAWarningOnlyWhenAsked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
                throws Exception {
            java.nio.file.Path file = dir.resolve("extra.json");
            java.nio.file.Files.writeString(file, java.nio.file.Files.readString(java.nio.file.Path.of(valid))
                    .replaceFirst("\"titles\":", "\"colour\": \"blue\", \"titles\":"));

            CommandLineRun strict = run("validate", file.toString());
            CommandLineRun lenient = run("validate", "--lenient", file.toString());

            assertThat(strict.exit()).isEqualTo(1);
            assertThat(strict.out()).contains("error [parse-error]").contains("colour");
            assertThat(lenient.exit()).isZero();
            assertThat(lenient.out()).contains("warning [warning]").contains("colour")
                    .endsWith("3 reports in 1 file: 0 errors, 1 warning\n");
        }
    }

    /** Ids beyond what validate keeps in memory (4 MiB: about 65,000 ids of 50 characters) go to a temporary file. */
    @Nested
    class IdsBeyondMemory {
        private static final String PREFIX = "report-of-the-development-research-centre-";

        @Test
        void aRepeatBeyondMemoryIsReportedAfterTheFilesOtherProblemsWithItsLineAndPointer(
                @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
            java.nio.file.Path file = dir.resolve("many.json");
            java.nio.file.Path junit = dir.resolve("TEST-many.xml");
            int count = 80_000;
            try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file)) {
                w.write("{\"format\": \"reportmeta-catalogue\", \"version\": \"1.0\", \"id\": \"many\", "
                        + "\"titles\": [{\"text\": \"Many\", \"language\": \"en\"}],\n\"reports\": [\n");
                for (int i = 0; i < count; i++) {
                    String id = switch (i) {
                        case 10 -> PREFIX + "3"; // within memory: reported with its report
                        case 79_991 -> PREFIX + "4"; // beyond memory: reported at the end of the file
                        case 79_993 -> (PREFIX + "6").toUpperCase(java.util.Locale.ROOT); // a look-alike, at the end
                        default -> PREFIX + i;
                    };
                    String more = i == 79_995 ? ", \"issued\": \"2999\"" : "";
                    w.write((i == 0 ? "" : ",\n") + "{\"id\": \"" + id + "\", \"type\": \"working-paper\", "
                            + "\"titles\": [{\"text\": \"T\", \"language\": \"en\"}]" + more + "}");
                }
                w.write("\n]}\n");
            }

            CommandLineRun result = run("validate", "--junit", junit.toString(), file.toString());

            String f = file.toString();
            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.out().lines().filter(l -> l.contains(": error ")).map(l -> l.replace(f, "F")).toList())
                    .containsExactly(
                            "F:13:1: error [duplicate-id] /reports/10/id: report id '" + PREFIX
                                    + "3' is already used by the report at /reports/3",
                            "F:79998:1: error [future-date] /reports/79995/issued: must not be in the future, but was 2999",
                            "F:79994:1: error [duplicate-id] /reports/79991/id: report id '" + PREFIX
                                    + "4' is already used by the report at /reports/4",
                            "F:79996:1: error [duplicate-id] /reports/79993/id: report id '"
                                    + (PREFIX + "6").toUpperCase(java.util.Locale.ROOT) + "' looks like the id '" + PREFIX
                                    + "6' of the report at /reports/6: they are equal after Unicode normalisation (NFKC) and case folding");
            assertThat(java.nio.file.Files.readString(junit)).contains("/reports/79991/id duplicate-id");
        }
    }

    @Nested
    class FailOn {
        @Test
        void warningsFailOnlyWhenAsked() throws Exception {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("untrimmed", ".json");
            String text = java.nio.file.Files.readString(java.nio.file.Path.of(valid))
                    .replaceFirst("\"text\": \"", "\"text\": \" ");
            java.nio.file.Files.writeString(file, text);
            try {
                assertThat(run("validate", file.toString()).exit()).isZero();
                CommandLineRun strict = run("validate", "--fail-on", "warning", file.toString());
                assertThat(strict.exit()).isEqualTo(1);
                assertThat(strict.out()).contains("warning [untrimmed]");
            } finally {
                java.nio.file.Files.delete(file);
            }
        }
    }
}
