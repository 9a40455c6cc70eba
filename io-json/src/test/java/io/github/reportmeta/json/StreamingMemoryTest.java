package io.github.reportmeta.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.RandomReports;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StreamingMemoryTest {

    private static final int LINES = 200_000;

    @Nested
    class JsonLinesInASmallHeap {

        @Test
        void readsTwoHundredThousandReportsInA24MegabyteHeap() throws IOException, InterruptedException {
            String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
            long seed = RandomReports.fromEnvironment().seed();
            Process child = new ProcessBuilder(java, "-Xmx24m", "-XX:+UseSerialGC",
                            "-cp", System.getProperty("java.class.path"),
                            Child.class.getName(), String.valueOf(LINES), String.valueOf(seed))
                    .redirectErrorStream(true)
                    .start();
            String output;
            try (InputStream in = child.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            // A guard against a hung child, not a measure of speed.
            assertThat(child.waitFor(10, TimeUnit.MINUTES)).as(output).isTrue();

            assertThat(child.exitValue()).as(output).isZero();
            assertThat(output).as("seed %d", seed).contains("read " + LINES + " reports");
        }
    }

    /** The child JVM: streams generated JSON Lines through the codec and counts the reports. */
    static final class Child {

        private Child() {}

        public static void main(String[] args) {
            int lines = Integer.parseInt(args[0]);
            long count = 0;
            try (ReportReader reader = Json.JSONL.newReader(new GeneratedLines(lines, Long.parseLong(args[1])), ReadOptions.of("<generated>"))) {
                while (reader.hasNext()) {
                    reader.next();
                    count++;
                }
            }
            System.out.println("read " + count + " reports; heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        }
    }

    /** An input stream of generated JSON Lines, made one line at a time, never held whole. */
    static final class GeneratedLines extends InputStream {
        private final RandomReports random;
        private int remaining;
        private byte[] line = new byte[0];
        private int position;

        GeneratedLines(int lines, long seed) {
            this.remaining = lines;
            this.random = RandomReports.withSeed(seed);
        }

        @Override
        public int read() {
            if (!fill()) {
                return -1;
            }
            return line[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, line.length - position);
            System.arraycopy(line, position, b, off, n);
            position += n;
            return n;
        }

        private boolean fill() {
            while (position == line.length) {
                if (remaining == 0) {
                    return false;
                }
                remaining--;
                Report report = random.report();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (var writer = Json.JSONL.newWriter(out, WriteOptions.DEFAULT)) {
                    writer.write(report);
                }
                line = out.toByteArray();
                position = 0;
            }
            return true;
        }
    }

    @Test
    void generatedLinesAreTheReportsOfTheSeed() {
        List<Report> expected = RandomReports.withSeed(7).reports(50);
        List<Report> read = Json.readReports(Json.JSONL,
                new String(readAll(new GeneratedLines(50, 7)), StandardCharsets.UTF_8), Json.STRICT);
        assertThat(read).isEqualTo(expected);
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
