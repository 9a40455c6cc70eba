package io.github.reportmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.RandomReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --threads}: whatever the number of threads, convert and validate print the same bytes on standard output
 * and standard error, write the same files and end with the same exit code as on one thread.
 */
class ThreadsTest {

    private static final FormatRegistry FORMATS = FormatRegistry.load();

    @TempDir
    static Path dir;

    static long seed;
    static Path json;
    static Path jsonl;
    static Path jsonlWithUnknownFields;
    static Path truncated;

    @BeforeAll
    static void generate() throws IOException {
        RandomReports random = RandomReports.fromEnvironment();
        seed = random.seed();
        List<Report> reports = new ArrayList<>();
        reports.add(random.emptyReport());
        reports.add(random.maximalReport());
        reports.addAll(random.reports(1_200));
        // problems for validate: repeated ids, a date in the future
        reports.add(700, reports.get(3));
        reports.add(reports.get(650));
        reports.set(900, reports.get(900).withIssued(PartialDate.of(2999)));
        Catalogue catalogue = Catalogue.of(random.header(), reports);
        json = write(catalogue, "json", "catalogue.json");
        jsonl = write(catalogue, "jsonl", "catalogue.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(jsonl, StandardCharsets.UTF_8));
        for (int i = 5; i < lines.size(); i += 97) {
            String line = lines.get(i);
            lines.set(i, line.substring(0, line.length() - 1) + ",\"bogus" + (i % 3) + "\":" + i + "}");
        }
        jsonlWithUnknownFields = dir.resolve("unknown.jsonl");
        Files.write(jsonlWithUnknownFields, lines, StandardCharsets.UTF_8);
        byte[] whole = Files.readAllBytes(json);
        truncated = dir.resolve("truncated.json");
        Files.write(truncated, Arrays.copyOf(whole, whole.length * 2 / 3));
    }

    private static Path write(Catalogue catalogue, String format, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                ReportWriter writer = FORMATS.expect(format).newWriter(out, WriteOptions.DEFAULT)) {
            writer.writeHeader(catalogue.header());
            catalogue.reports().forEach(writer::write);
        }
        return file;
    }

    static Stream<String> writableFormats() {
        return FORMATS.all().stream().filter(ReportFormat::canWrite).map(ReportFormat::name);
    }

    @AfterEach
    void noThreadIsLeftRunning() throws InterruptedException {
        // a pool's thread may still be on its way out for a moment after the pool has terminated: give it 2 s
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("reportmeta-")) {
                t.join(2000);
            }
        }
        assertThat(Thread.getAllStackTraces().keySet())
                .as("threads of reportmeta still running")
                .noneMatch(t -> t.getName().startsWith("reportmeta-") && t.isAlive());
    }

    /** One run with its standard output and error, and the bytes of a file it was asked to write (null when absent). */
    record Run(int exit, byte[] out, String err, byte[] file) {
        static Run of(InputStream stdin, OutputStream stdout, ByteArrayOutputStream captured, Path output, String... args)
                throws IOException {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = new Reportmeta(stdin, stdout, err, false).run(args);
            byte[] file = output != null && Files.exists(output) ? Files.readAllBytes(output) : new byte[0];
            return new Run(exit, captured.toByteArray(), err.toString(StandardCharsets.UTF_8), file);
        }
    }

    private static Run run(Path output, String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return Run.of(new ByteArrayInputStream(new byte[0]), out, out, output, args);
    }

    /** Runs the command line with --threads 1 and with --threads 4, and checks that both did the same. */
    private static Run sameOnOneAndFourThreads(Path output, String... args) throws IOException {
        Run one = run(output, withThreads(1, args));
        if (output != null) {
            Files.deleteIfExists(output);
        }
        Run four = run(output, withThreads(4, args));
        String what = "seed " + seed + ", " + String.join(" ", args);
        assertThat(four.exit()).as(what).isEqualTo(one.exit());
        assertThat(four.err()).as(what).isEqualTo(one.err());
        assertThat(four.out()).as(what).isEqualTo(one.out());
        assertThat(four.file()).as(what).isEqualTo(one.file());
        return one;
    }

    private static String[] withThreads(int threads, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--threads";
        all[args.length + 1] = String.valueOf(threads);
        return all;
    }

    @Nested
    class Convert {

        @ParameterizedTest(name = "to {0}")
        @MethodSource("io.github.reportmeta.cli.ThreadsTest#writableFormats")
        void writesTheSameBytesToEveryFormat(String format) throws IOException {
            Run run = sameOnOneAndFourThreads(null, "convert", json.toString(), "--to", format,
                    "--set", "crossref.depositor.name=DRC", "--set", "crossref.depositor.email=drc@example.org",
                    "--set", "crossref.registrant=DRC");
            if (run.exit() == 0) {
                assertThat(run.out()).as("seed %d", seed).isNotEmpty();
            }
        }

        @ParameterizedTest(name = "notes {0}")
        @ValueSource(strings = {"summary", "all"})
        void printsTheSameNotesOfReaderAndWriterInTheSameOrder(String mode) throws IOException {
            Run run = sameOnOneAndFourThreads(null, "convert", jsonlWithUnknownFields.toString(), json.toString(),
                    "--lenient", "--to", "oai_dc", "--notes", mode);
            assertThat(run.exit()).isZero();
            assertThat(run.err()).contains("bogus").contains("later input");
        }

        @Test
        void failsOnAParseErrorMidStreamWithTheSameMessageAndNoFile() throws IOException {
            Path output = dir.resolve("never.xml");
            Run run = sameOnOneAndFourThreads(output, "convert", json.toString(), truncated.toString(), "--to", "xml", "-o",
                    output.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("truncated.json");
            assertThat(output).doesNotExist();
        }

        @Test
        void failsOnAMissingLaterInputWithTheSameMessage() throws IOException {
            Run run = sameOnOneAndFourThreads(null, "convert", json.toString(), dir.resolve("missing.json").toString(),
                    "--to", "jsonl");
            assertThat(run.exit()).isEqualTo(2);
        }

        @Test
        void failsOnAWriteErrorWithTheSameMessageAndOutput() throws IOException {
            Run[] runs = new Run[2];
            int[] threads = {1, 4};
            for (int i = 0; i < 2; i++) {
                ByteArrayOutputStream captured = new ByteArrayOutputStream();
                runs[i] = Run.of(new ByteArrayInputStream(new byte[0]), new FailingAfter(200_000, captured), captured, null,
                        withThreads(threads[i], "convert", json.toString(), "--to", "xml"));
            }
            assertThat(runs[1].exit()).as("seed %d", seed).isEqualTo(runs[0].exit()).isEqualTo(1);
            assertThat(runs[1].err()).as("seed %d", seed).isEqualTo(runs[0].err()).contains("cannot write to standard output");
            assertThat(runs[1].out()).as("seed %d", seed).isEqualTo(runs[0].out());
        }

        @Test
        void refusesALossyConversionTheSameWay() throws IOException {
            Run run = sameOnOneAndFourThreads(null, "convert", json.toString(), "--to", "oai_dc", "--lossless");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("refused");
        }

        @Test
        void endsWhenInterruptedWhileWaitingForInput() throws Exception {
            assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
                PipedOutputStream feed = new PipedOutputStream();
                PipedInputStream stdin = new PipedInputStream(feed);
                feed.write((Files.readAllLines(jsonl, StandardCharsets.UTF_8).get(1) + "\n").getBytes(StandardCharsets.UTF_8));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                AtomicInteger exit = new AtomicInteger(-1);
                Thread command = new Thread(() -> exit.set(new Reportmeta(stdin, out, err, false)
                        .run("convert", "-", "--from", "jsonl", "--to", "xml", "--threads", "2")));
                command.start();
                while (command.getState() != Thread.State.WAITING && command.isAlive()) {
                    Thread.onSpinWait();
                }
                command.interrupt();
                command.join();
                feed.close();
                assertThat(exit.get()).isEqualTo(1);
                assertThat(err.toString(StandardCharsets.UTF_8)).contains("interrupted");
            });
        }
    }

    @Nested
    class Validate {

        @ParameterizedTest(name = "--report {0}")
        @ValueSource(strings = {"text", "json", "junit", "github"})
        void reportsTheSameProblemsInTheSameOrder(String kind) throws IOException {
            Run run = sameOnOneAndFourThreads(null, "validate", json.toString(), jsonl.toString(), "--report", kind);
            assertThat(run.exit()).isEqualTo(1);
            assertThat(new String(run.out(), StandardCharsets.UTF_8)).contains("duplicate").contains("future");
        }

        @Test
        void reportsTheSameProblemsOfEveryProfileAndLocale() throws IOException {
            sameOnOneAndFourThreads(null, "validate", json.toString(), "--profile", "strict", "--locale", "zh");
        }

        @Test
        void reportsTheSameNotesParseErrorsAndMissingInputsAndGoesOn() throws IOException {
            Run run = sameOnOneAndFourThreads(null, "validate", jsonlWithUnknownFields.toString(), truncated.toString(),
                    dir.resolve("missing.json").toString(), jsonl.toString(), "--lenient");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(new String(run.out(), StandardCharsets.UTF_8)).contains("parse-error").contains("bogus");
        }

        @Test
        void writesTheSameJunitFile() throws IOException {
            Path junit = dir.resolve("junit.xml");
            Run run = sameOnOneAndFourThreads(junit, "validate", json.toString(), "--junit", junit.toString());
            assertThat(run.file()).isNotEmpty();
        }

        @Test
        void failsOnAWriteErrorWithTheSameMessage() throws IOException {
            Run[] runs = new Run[2];
            int[] threads = {1, 4};
            for (int i = 0; i < 2; i++) {
                ByteArrayOutputStream captured = new ByteArrayOutputStream();
                runs[i] = Run.of(new ByteArrayInputStream(new byte[0]), new FailingAfter(3_000, captured), captured, null,
                        withThreads(threads[i], "validate", json.toString(), "--profile", "strict"));
            }
            assertThat(runs[1].exit()).as("seed %d", seed).isEqualTo(runs[0].exit()).isEqualTo(1);
            assertThat(runs[1].err()).as("seed %d", seed).isEqualTo(runs[0].err()).contains("cannot write to standard output");
            assertThat(runs[1].out()).as("seed %d", seed).isEqualTo(runs[0].out());
        }

        @Test
        void refusesLessThanOneThread() {
            CommandLineRun run = CommandLineRun.run("validate", json.toString(), "--threads", "0");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("--threads must be at least 1, but was 0");
        }
    }

    /** Standard output that takes so many bytes, then fails every write like a full disk. */
    static final class FailingAfter extends OutputStream {
        private final ByteArrayOutputStream kept;
        private int left;

        FailingAfter(int bytes, ByteArrayOutputStream kept) {
            this.left = bytes;
            this.kept = kept;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                throw new IOException("No space left on device");
            }
            kept.write(b, off, len);
            left -= len;
        }
    }
}
