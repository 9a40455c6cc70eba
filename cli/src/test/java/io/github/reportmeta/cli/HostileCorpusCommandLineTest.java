package io.github.reportmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.testing.HostileCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codecs' hostile inputs ({@code src/test/resources/hostile/} of io-json, io-xml and io-text, read in place
 * through relative paths from this module's directory) through {@code reportmeta validate} and
 * {@code reportmeta convert}: exit 1, a {@code parse-error} line with the file and location, and no output file.
 * A case named {@code -lenient} is converted with {@code --lenient}; {@code validate}, which reads strictly,
 * must then fail at the unknown property that leads to it.
 */
class HostileCorpusCommandLineTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    static Stream<HostileCorpus.Case> json() {
        return corpus("io-json");
    }

    static Stream<HostileCorpus.Case> xml() {
        return corpus("io-xml");
    }

    static Stream<HostileCorpus.Case> text() {
        return corpus("io-text");
    }

    @Nested
    class Json {
        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.cli.HostileCorpusCommandLineTest#json")
        void validateAndConvertFailWithALocatedParseErrorAndWriteNothing(HostileCorpus.Case c) throws IOException {
            check(c, "xml", true);
        }
    }

    @Nested
    class Xml {
        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.cli.HostileCorpusCommandLineTest#xml")
        void validateAndConvertFailWithALocatedParseErrorAndWriteNothing(HostileCorpus.Case c) throws IOException {
            check(c, "json", true);
        }
    }

    @Nested
    class Listing {
        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.cli.HostileCorpusCommandLineTest#text")
        void validateAndConvertFailWithALocatedParseErrorAndWriteNothing(HostileCorpus.Case c) throws IOException {
            check(c, "json", !c.name().endsWith(".html"));
        }
    }

    private void check(HostileCorpus.Case c, String target, boolean withColumn) throws IOException {
        Path input = c.generated() ? c.writeTo(Files.createDirectories(dir.resolve("in"))) : c.path();
        Path out = dir.resolve("out." + target);
        List<String> lenient = c.lenient() ? List.of("--lenient") : List.of();

        CommandLineRun validate = Assertions.assertTimeoutPreemptively(HANG_GUARD,
                () -> CommandLineRun.run("validate", "--from", c.format(), input.toString()));
        String[] convertArgs = Stream.concat(
                        Stream.of("convert", input.toString(), "--from", c.format(), "--to", target, "-o", out.toString()),
                        lenient.stream())
                .toArray(String[]::new);
        CommandLineRun convert = Assertions.assertTimeoutPreemptively(HANG_GUARD, () -> CommandLineRun.run(convertArgs));

        if (c.mustRead()) {
            assertThat(validate.out()).as(c.name()).doesNotContain("parse-error");
            assertThat(convert.exit()).as(c.name() + ": " + convert.err()).isZero();
            assertThat(out).as(c.name()).isNotEmptyFile();
            return;
        }
        String location = Pattern.quote(input.toString()) + ":[1-9][0-9]*" + (withColumn ? ":[1-9][0-9]*" : "(:[0-9]+)?");
        assertThat(validate.exit()).as(c.name() + ": " + validate.out() + validate.err()).isEqualTo(1);
        assertThat(validate.out().lines()).as(c.name())
                .anySatisfy(line -> assertThat(line).matches(location + ": error \\[parse-error\\] .*")
                        // validate has no --lenient: it stops earlier, at the unknown property.
                        .contains(c.lenient() ? "unknown" : c.message()));
        assertThat(convert.exit()).as(c.name() + ": " + convert.err()).isEqualTo(1);
        assertThat(convert.err()).as(c.name()).contains(c.message());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("files left beside the output")
                    .allMatch(n -> n.equals("in"));
        }
    }

    private static Stream<HostileCorpus.Case> corpus(String module) {
        return HostileCorpus.load(Path.of("..", module, "src", "test", "resources", "hostile")).stream();
    }
}
