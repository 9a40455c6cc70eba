package io.github.reportmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Memory, not time: {@value #REPORTS} generated reports (about 400 MB of JSON Lines) go through the real
 * {@code convert} command, to the canonical XML and to {@code oai_dc}, in child JVMs whose heap ({@value #HEAP}) is a
 * small fraction of the data. A reader or writer that held the catalogue would die of {@link OutOfMemoryError}.
 *
 * <p>One child generates the reports to its standard output; this test copies that stream to the standard input of
 * both converting children at once, and counts the records each writes, so nothing touches the disk.
 *
 * <p>The six pumps between the processes block on pipes, so each has a thread of its own. On the common fork-join pool
 * they deadlocked wherever it has fewer threads than pumps: the copy to the converters waits for a converter whose
 * output nobody drains (Java 25 on two cores, where {@code CompletableFuture} no longer falls back to a thread per
 * task).
 */
class StreamingConvertTest {

    private static final int REPORTS = 200_000;
    private static final String HEAP = "-Xmx48m";

    @Nested
    class WithAHeapFarSmallerThanTheData {

        @Test
        void converts_every_report_to_xml_and_to_oai_dc() throws Exception {
            Process generate = java(List.of(), "generate", "--count", String.valueOf(REPORTS), "--to", "jsonl");
            Process toXml = java(List.of(HEAP), "convert", "-", "--from", "jsonl", "--to", "xml");
            Process toDc = java(List.of(HEAP), "convert", "-", "--from", "jsonl", "--to", "oai_dc");
            ExecutorService pumps = Executors.newCachedThreadPool();
            try {
                CompletableFuture<Long> generatedBytes = CompletableFuture.supplyAsync(
                        () -> copyToBoth(generate.getInputStream(), toXml.getOutputStream(), toDc.getOutputStream()),
                        pumps);
                CompletableFuture<String> generateErr = tail(generate.getErrorStream(), pumps);
                CompletableFuture<Long> reports = count(toXml.getInputStream(), "<report>", pumps);
                CompletableFuture<String> xmlErr = tail(toXml.getErrorStream(), pumps);
                CompletableFuture<Long> records = count(toDc.getInputStream(), "<oai_dc:dc ", pumps);
                CompletableFuture<String> dcErr = tail(toDc.getErrorStream(), pumps);

                assertThat(generate.waitFor(5, TimeUnit.MINUTES)).as("generate finished").isTrue();
                assertThat(generate.exitValue()).as("generate: %s", generateErr.get()).isZero();
                assertThat(toXml.waitFor(5, TimeUnit.MINUTES)).as("convert to xml finished").isTrue();
                assertThat(toXml.exitValue()).as("convert to xml: %s", xmlErr.get()).isZero();
                assertThat(toDc.waitFor(5, TimeUnit.MINUTES)).as("convert to oai_dc finished").isTrue();
                assertThat(toDc.exitValue()).as("convert to oai_dc: %s", dcErr.get()).isZero();

                // the data is several times the heap, so the heap cannot have held it
                assertThat(generatedBytes.get()).isGreaterThan(4L * 48 * 1024 * 1024);
                assertThat(reports.get()).isEqualTo(REPORTS);
                assertThat(records.get()).isEqualTo(REPORTS);
                assertThat(xmlErr.get()).doesNotContain("OutOfMemoryError");
            } finally {
                generate.destroyForcibly();
                toXml.destroyForcibly();
                toDc.destroyForcibly();
                pumps.shutdownNow();
            }
        }
    }

    /** Starts {@code reportmeta} in a child JVM on this test's class path. */
    private static Process java(List<String> options, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static long copyToBoth(InputStream from, OutputStream a, OutputStream b) {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (from; a; b) {
            for (int n; (n = from.read(buffer)) > 0; ) {
                a.write(buffer, 0, n);
                b.write(buffer, 0, n);
                total += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /** Counts an ASCII marker whose first character occurs in it only once, across buffer boundaries. */
    private static CompletableFuture<Long> count(InputStream in, String marker, ExecutorService pumps) {
        byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        return CompletableFuture.supplyAsync(() -> {
            long found = 0;
            int matched = 0;
            byte[] buffer = new byte[1 << 16];
            try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    for (int i = 0; i < n; i++) {
                        byte c = buffer[i];
                        if (c == needle[matched]) {
                            if (++matched == needle.length) {
                                found++;
                                matched = 0;
                            }
                        } else {
                            matched = c == needle[0] ? 1 : 0;
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return found;
        }, pumps);
    }

    /** Drains a stream (convert warns on standard error for each field oai_dc cannot hold), keeping its end. */
    private static CompletableFuture<String> tail(InputStream in, ExecutorService pumps) {
        return CompletableFuture.supplyAsync(() -> {
            byte[] last = new byte[4096];
            int kept = 0;
            byte[] buffer = new byte[1 << 16];
            try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (n >= last.length) {
                        System.arraycopy(buffer, n - last.length, last, 0, last.length);
                        kept = last.length;
                    } else {
                        int keep = Math.min(kept, last.length - n);
                        System.arraycopy(last, kept - keep, last, 0, keep);
                        System.arraycopy(buffer, 0, last, keep, n);
                        kept = keep + n;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String(last, 0, kept, StandardCharsets.UTF_8);
        }, pumps);
    }
}
