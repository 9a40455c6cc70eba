package io.github.reportmeta.cli;

import static io.github.reportmeta.cli.CommandLineRun.run;
import static io.github.reportmeta.cli.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output side of the command line: what {@code -o} does to what is at its path, write errors, interruption,
 * and what a failed conversion leaves on standard output. The file-system cases need Linux (FIFOs, devices,
 * {@code /proc}); the signal cases run the command in a child JVM.
 */
class OutputSideTest {

    private static final String[] GENERATE = {"generate", "--count", "3", "--to", "jsonl"};

    @TempDir
    Path dir;

    private static void assumeLinux() {
        assumeTrue(OS.LINUX.isCurrentOs(), "FIFOs, devices and /proc/self/fd are Linux's");
    }

    private static String generated() {
        CommandLineRun result = run(GENERATE);
        assertThat(result.exit()).isZero();
        return result.out();
    }

    private static CommandLineRun generateTo(Path output) {
        String[] args = Stream.concat(Stream.of(GENERATE), Stream.of("-o", output.toString())).toArray(String[]::new);
        return run(args);
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
        assertThat(p.exitValue()).as("%s: %s", List.of(command), output).isZero();
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Nested
    class WhatIsAtTheOutputPath {

        @Test
        void devNullStaysACharacterDevice() throws Exception {
            assumeLinux();
            Path devNull = Path.of("/dev/null");

            CommandLineRun result = generateTo(devNull);

            assertThat(result.exit()).as(result.err()).isZero();
            BasicFileAttributes attributes = Files.readAttributes(devNull, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            assertThat(attributes.isOther()).as("/dev/null is still a device").isTrue();
            assertThat(Files.list(Path.of("/dev")).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }

        @Test
        void aFifoIsWrittenInPlaceAndStaysAFifo() throws Exception {
            assumeLinux();
            Path fifo = dir.resolve("pipe");
            exec("mkfifo", fifo.toString());
            ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fifo reader");
                t.setDaemon(true);
                return t;
            });
            try {
                Future<byte[]> read = reader.submit(() -> Files.readAllBytes(fifo));

                CommandLineRun result = generateTo(fifo);

                assertThat(result.exit()).as(result.err()).isZero();
                assertThat(new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo(generated());
                assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                        .as("still a FIFO").isTrue();
                assertThat(filesInDir()).containsExactly("pipe");
            } finally {
                reader.shutdownNow();
            }
        }

        @Test
        void devStdoutWritesToTheProcesssStandardOutput() throws Exception {
            assumeLinux();
            Process child = ChildJvm.start(Stream.concat(Stream.of(GENERATE), Stream.of("-o", "/dev/stdout")).toArray(String[]::new));
            try {
                CompletableFuture<String> err = drain(child.getErrorStream());
                String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as(err.get()).isZero();
                assertThat(out).isEqualTo(generated());
                assertThat(Files.isSymbolicLink(Path.of("/dev/stdout"))).isTrue();
            } finally {
                child.destroyForcibly();
            }
        }

        @Test
        void aSymbolicLinkIsFollowedAndItsTargetReplaced() throws Exception {
            Path target = Files.writeString(dir.resolve("target.jsonl"), "old content");
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
            Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), target.getFileName());

            CommandLineRun result = generateTo(link);

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
            assertThat(Files.readSymbolicLink(link)).isEqualTo(target.getFileName());
            assertThat(target).hasContent(generated().stripTrailing());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
            assertThat(filesInDir()).containsExactly("link.jsonl", "target.jsonl");
        }

        @Test
        void aDanglingSymbolicLinkGetsItsTargetCreated() throws Exception {
            Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), Path.of("new.jsonl"));

            CommandLineRun result = generateTo(link);

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(Files.isSymbolicLink(link)).isTrue();
            assertThat(Files.readString(dir.resolve("new.jsonl"))).isEqualTo(generated());
        }

        @ParameterizedTest
        @ValueSource(strings = {"rw-------", "rw-rw-r--", "rwxr-x---"})
        void aReplacedFileKeepsItsPermissions(String mode) throws Exception {
            Path file = Files.writeString(dir.resolve("out.jsonl"), "old content");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

            CommandLineRun result = generateTo(file);

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(Files.readString(file)).isEqualTo(generated());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(mode);
        }

        @Test
        void aReplacedFileKeepsItsOwnerAndGroupWhereTheProcessMaySetThem() throws Exception {
            assumeTrue(((Integer) Files.getAttribute(dir, "unix:uid")).intValue() == 0 && "root".equals(System.getProperty("user.name")),
                    "only root may give a file to another user");
            Path file = Files.writeString(dir.resolve("out.jsonl"), "old content");
            Files.setAttribute(file, "unix:uid", 1234);
            Files.setAttribute(file, "unix:gid", 5678);

            CommandLineRun result = generateTo(file);

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(Files.readString(file)).isEqualTo(generated());
            assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo(1234);
            assertThat(Files.getAttribute(file, "unix:gid")).isEqualTo(5678);
        }

        @Test
        void aHardLinkedFileIsReplacedSoItsOtherLinksKeepTheOldContent() throws Exception {
            Path file = Files.writeString(dir.resolve("out.jsonl"), "old content");
            Path other = Files.createLink(dir.resolve("other.jsonl"), file);

            CommandLineRun result = generateTo(file);

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(Files.readString(file)).isEqualTo(generated());
            assertThat(other).hasContent("old content");
            assertThat(Files.getAttribute(file, "unix:nlink")).isEqualTo(1);
        }

        @Test
        void aFolderIsAUsageErrorAndStaysAFolder() throws Exception {
            Path folder = Files.createDirectory(dir.resolve("folder"));

            CommandLineRun result = generateTo(folder);

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("it is a folder");
            assertThat(folder).isEmptyDirectory();
            assertThat(filesInDir()).containsExactly("folder");
        }
    }

    @Nested
    class WriteErrors {

        @Test
        void aFullDeviceEndsTheRunWithExitOneAndOneLine() throws Exception {
            assumeLinux();
            Path devFull = Path.of("/dev/full");

            CommandLineRun result = generateTo(devFull);

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).isEqualTo("reportmeta: cannot write to '/dev/full': No space left on device\n");
            assertThat(Files.readAttributes(devFull, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
        }

        static Stream<List<String>> commandsThatWriteToStandardOutput() {
            return Stream.of(
                    List.of(GENERATE),
                    List.of("convert", path("valid-catalogue.json"), "--to", "xml"),
                    List.of("validate", path("invalid-catalogue.json")),
                    List.of("validate", "--report", "json", path("invalid-catalogue.json")),
                    List.of("diff", path("valid-catalogue.json"), path("valid-catalogue-newer.json")),
                    List.of("digest", "../examples/data/sample-catalogue.json", "--since", "2000"),
                    List.of("schema", "json"),
                    List.of("formats"));
        }

        @ParameterizedTest
        @MethodSource("commandsThatWriteToStandardOutput")
        void aStandardOutputThatFailsEndsTheRunWithExitOneEvenThroughAPrintStream(List<String> args) {
            OutputStream full = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("No space left on device");
                }
            };
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int exit = new Reportmeta(new ByteArrayInputStream(new byte[0]), new PrintStream(full, true, StandardCharsets.UTF_8), err, false)
                    .run(args.toArray(String[]::new));

            String message = err.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(message).isEqualTo(1);
            assertThat(message).startsWith("reportmeta: cannot write to standard output");
            assertThat(message.lines()).as(message).hasSize(1);
        }

        @Test
        void aClosedPipeStopsTheRunAtOnce() throws Exception {
            assumeLinux();
            Process child = ChildJvm.start("generate", "--count", "2000000", "--to", "jsonl");
            try {
                CompletableFuture<String> err = drain(child.getErrorStream());
                InputStream out = child.getInputStream();
                assertThat(out.readNBytes(100)).hasSize(100);
                out.close();

                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the run stopped when the pipe closed").isTrue();
                assertThat(child.exitValue()).as(err.get()).isEqualTo(1);
                assertThat(err.get()).isEqualTo("reportmeta: cannot write to standard output: Broken pipe\n");
            } finally {
                child.destroyForcibly();
            }
        }
    }

    @Nested
    class AFailedConversionToStandardOutput {

        @Test
        void leavesNoCompleteDocument() {
            CommandLineRun result = run("convert", path("valid-catalogue.json"), path("malformed-catalogue.json"), "--to", "json");

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).contains("date must exist in the calendar");
            assertThat(isOneJsonDocument(result.out())).as("standard output holds a whole JSON document:%n%s", result.out()).isFalse();
        }

        @Test
        void leavesNoDocumentAtAllWhenTheFirstInputCannotBeOpened() {
            CommandLineRun result = run("convert", "no-such-file.json", "--to", "json");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
        }

        private static boolean isOneJsonDocument(String text) {
            try {
                return !JsonMapper.builder().build().readTree(text).isMissingNode();
            } catch (JacksonException e) {
                return false;
            }
        }
    }

    @Nested
    class Interruption {

        @ParameterizedTest
        @ValueSource(strings = {"TERM", "INT", "HUP"})
        void aSignalRemovesTheTemporaryFileAndKeepsTheOldFile(String signal) throws Exception {
            assumeLinux();
            Path file = Files.writeString(dir.resolve("out.jsonl"), "old content");
            Process child = new ProcessBuilder(ChildJvm.command("generate", "--count", "100000000", "--to", "jsonl", "-o", file.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                CompletableFuture<String> err = drain(child.getErrorStream());
                waitForATemporaryFileWithData();

                if (signal.equals("TERM")) {
                    child.destroy();
                } else {
                    exec("kill", "-" + signal, String.valueOf(child.pid()));
                }

                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the run ended on SIG%s", signal).isTrue();
                int signo = switch (signal) {
                    case "HUP" -> 1;
                    case "INT" -> 2;
                    default -> 15;
                };
                assertThat(child.exitValue()).as(err.get()).isEqualTo(128 + signo);
                assertThat(filesInDir()).containsExactly("out.jsonl");
                assertThat(file).hasContent("old content");
            } finally {
                child.destroyForcibly();
            }
        }

        private void waitForATemporaryFileWithData() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                try (Stream<Path> files = Files.list(dir)) {
                    if (files.anyMatch(p -> p.getFileName().toString().endsWith(".part") && size(p) > 100_000)) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no temporary file with data appeared in " + dir + ": " + filesInDir());
        }

        private static long size(Path p) {
            try {
                return Files.size(p);
            } catch (IOException e) {
                return 0;
            }
        }
    }

    @Nested
    class AClosedStandardInput {

        @Test
        void isAUsageErrorAndNothingIsRead() throws Exception {
            assumeLinux();
            List<String> java = ChildJvm.command("convert", "-", "--from", "json", "--to", "json");
            List<String> command = Stream.concat(Stream.of("/bin/sh", "-c", "exec \"$@\" <&-", "sh"), java.stream()).toList();
            Process child = new ProcessBuilder(command).start();
            try {
                CompletableFuture<String> err = drain(child.getErrorStream());
                String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as(err.get()).isEqualTo(2);
                assertThat(err.get()).isEqualTo("reportmeta: cannot read standard input ('-'): it was closed when the command started\n");
                assertThat(out).isEmpty();
            } finally {
                child.destroyForcibly();
            }
        }
    }
}
