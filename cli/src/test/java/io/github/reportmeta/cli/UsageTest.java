package io.github.reportmeta.cli;

import static io.github.reportmeta.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"convert", "validate", "formats", "schema", "digest", "diff", "generate", "harvest"})
    void everyCommandHasHelp(String command) {
        CommandLineRun result = run(command, "--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Usage: reportmeta " + command);
    }

    @Test
    void printsItsVersion() {
        CommandLineRun result = run("--version");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("reportmeta ");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CommandLineRun result = run("frobnicate");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Unmatched argument", "frobnicate");
    }

    @Test
    void anUnknownArgumentIsQuotedWithItsControlCharactersEscaped() {
        CommandLineRun result = run("convert", "--to", "json", "in.json", "--\u001B[2Jforged\nline");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--\\u001B[2Jforged\\u000Aline'");
        assertThat(result.err()).doesNotContain("\u001B", "\nline");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        CommandLineRun result = run("convert", "in.json");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required option: '--to=FORMAT'");
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheKnownOnes() {
        CommandLineRun result = run("generate", "--count", "1", "--to", "yaml");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("no format is named 'yaml'; known formats:");
    }

    @Test
    void aFileThatCannotBeOpenedIsAUsageError() {
        CommandLineRun result = run("validate", dir.resolve("missing.json").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("cannot open", "missing.json", "no such file");
    }

    @Test
    void anOutputFolderThatDoesNotExistIsAUsageErrorAndWritesNothing() throws Exception {
        Path input = Files.writeString(dir.resolve("in.txt"), "x");

        CommandLineRun result = run("convert", input.toString(), "--from", "nope", "--to", "nope", "-o",
                dir.resolve("no/such/folder/out.json").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(dir.resolve("no")).doesNotExist();
    }
}
