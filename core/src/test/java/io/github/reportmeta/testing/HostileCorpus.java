package io.github.reportmeta.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;

/**
 * A directory of hostile inputs ({@code src/test/resources/hostile/} of a codec module) as test cases.
 *
 * <p>The directory's {@code README.md} is the single source of truth: one table row per case,
 * {@code | `file` | format | what it attacks | what must happen | `message fragment` |}, where the fragment is
 * what the {@code ReportParseException} must contain, or {@code reads} for an input that must be read. A case is
 * a file of the directory, or, for inputs too big to commit, a recipe line of {@code generated.tsv}:
 * {@code file TAB head TAB unit TAB count TAB tail}, the bytes being head, unit repeated count times, tail; in the
 * three texts {@code \n} is a line feed, {@code \t} a tab and {@code \xHH} the byte HH.
 */
public final class HostileCorpus {

    /** What the {@code message} of a case that must be read says. */
    public static final String READS = "reads";

    /**
     * One hostile input.
     *
     * @param name the file name
     * @param format the name of the format that reads it
     * @param attack what it attacks
     * @param outcome what must happen, in words
     * @param message the fragment the error message must contain, or {@link #READS}
     * @param generated whether the bytes come from a recipe rather than a committed file
     * @param path the committed file, or where the generated one would be
     */
    public record Case(String name, String format, String attack, String outcome, String message, boolean generated,
            Path path) {

        /**
         * The input's bytes, read or generated.
         *
         * @return the bytes
         */
        public byte[] bytes() {
            try {
                if (!generated) {
                    return Files.readAllBytes(path);
                }
                for (String line : Files.readAllLines(path.resolveSibling(RECIPES), StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    if (f.length == 5 && f[0].equals(name)) {
                        byte[] head = unescape(f[1]);
                        byte[] unit = unescape(f[2]);
                        int count = Integer.parseInt(f[3]);
                        byte[] tail = unescape(f[4]);
                        byte[] all = new byte[head.length + unit.length * count + tail.length];
                        System.arraycopy(head, 0, all, 0, head.length);
                        for (int i = 0; i < count; i++) {
                            System.arraycopy(unit, 0, all, head.length + i * unit.length, unit.length);
                        }
                        System.arraycopy(tail, 0, all, all.length - tail.length, tail.length);
                        return all;
                    }
                }
                throw new IllegalStateException("no recipe for " + name + " in " + path.resolveSibling(RECIPES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Whether the input is read leniently (unknown properties skipped): its name contains {@code -lenient}.
         *
         * @return whether to read leniently
         */
        public boolean lenient() {
            return name.contains("-lenient");
        }

        /**
         * The options to read the input with: named after the case, lenient when {@link #lenient()}.
         *
         * @return the options
         */
        public ReadOptions readOptions() {
            return ReadOptions.of(name).withLenient(lenient());
        }

        /**
         * Whether the input must be read without error.
         *
         * @return whether it must be read
         */
        public boolean mustRead() {
            return message.equals(READS);
        }

        /**
         * Writes the input to a file of the given directory, under its own name.
         *
         * @param dir the directory
         * @return the file
         */
        public Path writeTo(Path dir) {
            try {
                return Files.write(dir.resolve(name), bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** How long one read may take before it counts as a hang. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    /** The allocation every read may make whatever its input: buffers, the format's tables, messages. */
    public static final long ALLOCATION_BASE = 64L * 1024 * 1024;
    /** The allocation allowed per byte of input on top of {@link #ALLOCATION_BASE}. */
    public static final long ALLOCATION_PER_BYTE = 32;

    private static final String RECIPES = "generated.tsv";
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*`([^`]+)`\\s*\\|\\s*([\\w-]+)\\s*\\|(.*)\\|(.*)\\|\\s*`([^`]+)`\\s*\\|\\s*$");

    private HostileCorpus() {}

    /**
     * The cases of a corpus directory; fails when a file has no row, a row has neither file nor recipe, or a row
     * repeats.
     *
     * @param dir the directory
     * @return the cases, in the order of the README
     */
    public static List<Case> load(Path dir) {
        try {
            Map<String, Case> cases = new LinkedHashMap<>();
            Set<String> recipes = new TreeSet<>();
            Path recipeFile = dir.resolve(RECIPES);
            if (Files.exists(recipeFile)) {
                for (String line : Files.readAllLines(recipeFile, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        recipes.add(line.substring(0, line.indexOf('\t')));
                    }
                }
            }
            for (String line : Files.readAllLines(dir.resolve("README.md"), StandardCharsets.UTF_8)) {
                Matcher m = ROW.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                String name = m.group(1);
                Path path = dir.resolve(name);
                boolean generated = !Files.exists(path);
                if (generated && !recipes.contains(name)) {
                    throw new IllegalStateException(name + " is in " + dir + "/README.md but neither a file nor a recipe");
                }
                Case c = new Case(name, m.group(2), m.group(3).trim(), m.group(4).trim(), m.group(5), generated, path);
                if (cases.put(name, c) != null) {
                    throw new IllegalStateException(name + " has two rows in " + dir + "/README.md");
                }
            }
            List<String> unlisted = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString())
                        .filter(n -> !n.equals("README.md") && !n.equals(RECIPES) && !cases.containsKey(n))
                        .forEach(unlisted::add);
            }
            recipes.stream().filter(r -> !cases.containsKey(r)).forEach(unlisted::add);
            if (!unlisted.isEmpty()) {
                throw new IllegalStateException("no README.md row in " + dir + " for " + unlisted);
            }
            if (cases.isEmpty()) {
                throw new IllegalStateException("no hostile cases in " + dir);
            }
            return List.copyOf(cases.values());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the hostile corpus " + dir, e);
        }
    }

    /**
     * Reads a case to its end through a format in a guarded thread, and checks that it ends as its row says: a
     * {@link ReportParseException} naming the source and a line (and a column, when {@code withColumn}) whose
     * message contains the fragment, or a clean read; within {@link #TIME_LIMIT} (a hang guard, not a performance
     * measure) and allocating at most {@link #ALLOCATION_BASE} plus {@link #ALLOCATION_PER_BYTE} bytes per input
     * byte, so that no input makes the reader's work grow faster than the input.
     *
     * @param c the case
     * @param format the format that reads it
     * @param withColumn whether the failure must have a column
     * @return the failure, or {@code null} for a case that must be read
     */
    public static @Nullable ReportParseException assertEndsAsDocumented(Case c, ReportFormat format, boolean withColumn) {
        byte[] bytes = c.bytes();
        long[] allocated = new long[1];
        Throwable failure = Assertions.assertTimeoutPreemptively(TIME_LIMIT, () -> {
            long before = allocatedByThisThread();
            Throwable t = catchThrowable(() -> {
                try (ReportReader reader = format.newReader(new ByteArrayInputStream(bytes), c.readOptions())) {
                    reader.forEachRemaining(r -> { });
                }
            });
            allocated[0] = allocatedByThisThread() - before;
            return t;
        }, () -> c.name() + " did not end within " + TIME_LIMIT);
        assertThat(allocated[0]).as("bytes allocated reading %s (%d bytes)", c.name(), bytes.length)
                .isLessThan(ALLOCATION_BASE + ALLOCATION_PER_BYTE * bytes.length);
        if (c.mustRead()) {
            assertThat(failure).as(c.name()).isNull();
            return null;
        }
        assertThat(failure).as(c.name()).isInstanceOf(ReportParseException.class);
        ReportParseException e = (ReportParseException) failure;
        assertThat(e.getMessage()).as(c.name()).contains(c.message());
        assertThat(e.location().source()).as(e.getMessage()).isEqualTo(c.name());
        assertThat(e.location().line()).as(e.getMessage()).isPositive();
        if (withColumn) {
            assertThat(e.location().column()).as(e.getMessage()).isPositive();
        }
        return e;
    }

    /**
     * The bytes the current thread has allocated, from the HotSpot thread bean; looked up reflectively because
     * core's test classes are compiled inside its module, which reads neither {@code java.management} nor
     * {@code jdk.management}.
     */
    private static long allocatedByThisThread() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            return (Long) Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes").invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JVM does not count allocated bytes per thread", e);
        }
    }

    private static byte[] unescape(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char e = text.charAt(++i);
                switch (e) {
                    case 'n' -> out.write('\n');
                    case 't' -> out.write('\t');
                    case '\\' -> out.write('\\');
                    case 'x' -> {
                        out.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                        i += 2;
                    }
                    default -> throw new IllegalArgumentException("unknown escape \\" + e + " in recipe " + text);
                }
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
