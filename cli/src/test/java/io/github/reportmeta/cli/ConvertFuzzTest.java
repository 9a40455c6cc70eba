package io.github.reportmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz target of a whole conversion: any bytes are detected, read and written as JSON, both through the format
 * registry and through {@code reportmeta convert - --to json}. Only the library's own exceptions may end a
 * conversion; a catalogue that was read reads back from its JSON unchanged, and the command line agrees with the
 * library on whether the input was convertible.
 *
 * <p>Plain {@code mvn verify} replays the inputs under {@code ConvertFuzzTestInputs/convertsToJsonOrRejects/};
 * with {@code JAZZER_FUZZ=1} Jazzer mutates them (see {@code scripts/fuzz.sh}).
 */
class ConvertFuzzTest {

    private static final FormatRegistry FORMATS = FormatRegistry.load();
    private static final ReportFormat JSON = FORMATS.expect("json");
    private static final ReadOptions OPTIONS = ReadOptions.of("<stdin>");

    @FuzzTest(maxDuration = "60s")
    void convertsToJsonOrRejects(byte[] input) {
        Catalogue read = convertThroughTheRegistry(input);

        CommandLineRun run = CommandLineRun.runWithInput(input, "convert", "-", "--to", "json");

        assertThat(run.err()).as("standard error of a conversion").doesNotContain("java.", "I/O failure");
        if (read != null) {
            assertThat(run.exit()).as("exit code; standard error: %s", run.err()).isZero();
            Catalogue fromCli = JSON.readCatalogue(
                    new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), OPTIONS);
            assertThat(fromCli.reports()).as("the reports the command line wrote").isEqualTo(read.reports());
        } else {
            assertThat(run.exit()).as("exit code; standard error: %s", run.err()).isIn(1, 2);
            String[] lines = run.err().strip().split("\n");
            assertThat(lines[lines.length - 1])
                    .as("the last line of standard error of a refused conversion (warnings come first)")
                    .startsWith("reportmeta: ");
        }
    }

    /** The catalogue read from the input and checked through a JSON round trip, or null when it was rejected. */
    private static @Nullable Catalogue convertThroughTheRegistry(byte[] input) {
        Catalogue read;
        try {
            ReportFormat format = FORMATS.detect("", Arrays.copyOf(input, Math.min(input.length,
                    FormatRegistry.SNIFF_BYTES)));
            read = format.readCatalogue(new ByteArrayInputStream(input), OPTIONS);
        } catch (ReportMetadataException rejected) {
            assertThat(rejected.getMessage()).as("the message of %s", rejected).isNotBlank();
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeCatalogue(read, out, WriteOptions.LOSSLESS);
        Catalogue again = JSON.readCatalogue(new ByteArrayInputStream(out.toByteArray()), OPTIONS);
        assertThat(again).as("the catalogue read back from its JSON").isEqualTo(read);
        return read;
    }
}
