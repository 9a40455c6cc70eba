package io.github.reportmeta.citation.ris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Report;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The real files of {@code fixtures/ris/real}: every value of every line is kept in the report of its record or
 * named by a note at its line; none is lost silently. The check is the test's own: it splits the text into lines and
 * words and looks for the words in everything the report holds, independently of the reader's mapping.
 */
class RisCorpusTest {

    private static final Path DIR = Path.of("src", "test", "resources", "fixtures", "ris", "real");
    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  -(?:[ \\t](.*))?$");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Files that are malformed as RIS: refused when strict, read leniently with a note per line. */
    private static final List<String> MALFORMED = List.of("bolognese-ris_bug.ris");

    /** Counts over the corpus. */
    static final class Counts {
        int files;
        int records;
        int values;
        int kept;
        int noted;
        final List<String> silentlyLost = new ArrayList<>();
    }

    @Nested
    class TheCorpus {

        @Test
        void losesNoValueSilently() throws IOException {
            Counts counts = count(true);
            System.out.printf(Locale.ROOT, "RIS corpus: %d files, %d records, %d values: %d kept, %d noted,"
                    + " %d silently lost%n", counts.files, counts.records, counts.values, counts.kept, counts.noted,
                    counts.silentlyLost.size());
            assertThat(counts.files).isEqualTo(17);
            assertThat(counts.records).isGreaterThanOrEqualTo(25);
            assertThat(counts.silentlyLost).as("values neither in a report nor in a note").isEmpty();
            assertThat(counts.kept).as("values kept").isGreaterThan(counts.noted);
        }

        @Test
        void wouldFindASilentLossIfTheNotesWereMissing() throws IOException {
            assertThat(count(false).silentlyLost).as("values lost once the notes are ignored").isNotEmpty();
        }

        @Test
        void refusesTheMalformedFileWithItsLocationWhenStrict() throws IOException {
            byte[] bytes = Files.readAllBytes(DIR.resolve("bolognese-ris_bug.ris"));
            assertThatThrownBy(() -> RisTesting.read(bytes, false))
                    .isInstanceOf(ReportParseException.class)
                    .hasMessageContaining("a record starts with 'TY  - ', but tag T1 came first")
                    .hasMessageContaining(":2:1");
        }

        @Test
        void readsTheReportsOfAThesisAndAnArticleAsReferenceManagersMeanThem() throws IOException {
            Report pure = RisTesting.read(Files.readAllBytes(DIR.resolve("bolognese-pure.ris")), false).only();
            assertThat(pure.issued()).hasToString("2018-04-25");
            assertThat(pure.publisher().name()).isEqualTo("Technische Universiteit Eindhoven");
            assertThat(pure.identifiers()).hasToString("[978-90-386-4503-2]");
            Report crossref = RisTesting.read(Files.readAllBytes(DIR.resolve("bolognese-crossref.ris")), false).only();
            assertThat(crossref.type()).isEqualTo(ReportType.ARTICLE);
            assertThat(crossref.authors()).hasSize(5);
            assertThat(crossref.identifiers()).hasToString("[2050-084X, 10.7554/eLife.01567]");
        }
    }

    private static Counts count(boolean withNotes) throws IOException {
        Counts counts = new Counts();
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".ris")).sorted().toList();
        }
        for (Path file : files) {
            counts.files++;
            byte[] bytes = Files.readAllBytes(file);
            boolean lenient = MALFORMED.contains(file.getFileName().toString());
            List<ConversionNote> notes = new ArrayList<>();
            TreeMap<Long, Report> byStart = new TreeMap<>();
            ReadOptions options = ReadOptions.of(file.getFileName().toString()).withLenient(lenient)
                    .withListener(notes::add);
            try (ReportReader reader = new RisFormat().newReader(new ByteArrayInputStream(bytes), options)) {
                while (reader.hasNext()) {
                    Report r = reader.next();
                    byStart.put(reader.location().line(), r);
                    counts.records++;
                }
            }
            if (!withNotes) {
                notes.clear();
            }
            check(file.getFileName().toString(), new String(bytes, StandardCharsets.UTF_8), byStart, notes, counts);
        }
        return counts;
    }

    private static void check(String name, String text, TreeMap<Long, Report> byStart, List<ConversionNote> notes,
            Counts counts) {
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        long fieldLine = 0;
        for (int i = 0; i < lines.length; i++) {
            long lineNumber = i + 1;
            String line = lines[i];
            Matcher m = TAG.matcher(line);
            String tag = null;
            String value = line.strip();
            if (m.matches()) {
                tag = m.group(1);
                value = m.group(2) == null ? "" : m.group(2).strip();
                fieldLine = lineNumber;
            }
            if (value.isEmpty() || "ER".equals(tag)) {
                continue;
            }
            counts.values++;
            long at = tag == null ? fieldLine : lineNumber;
            boolean noted = notes.stream().anyMatch(n -> n.location() != null
                    && (n.location().line() == lineNumber || n.location().line() == at));
            var entry = byStart.floorEntry(lineNumber);
            if (noted) {
                counts.noted++;
            } else if (entry != null && kept(tag, value, entry.getValue())) {
                counts.kept++;
            } else {
                counts.silentlyLost.add(name + ":" + lineNumber + " " + line);
            }
        }
    }

    private static boolean kept(String tag, String value, Report report) {
        if ("TY".equals(tag)) {
            return report.type() != ReportType.OTHER;
        }
        if ("LA".equals(tag)) {
            return report.language() != null;
        }
        String v = "DO".equals(tag) && value.contains("10.") ? value.substring(value.indexOf("10.")) : value;
        String held = flatten(report).toLowerCase(Locale.ROOT);
        // Identifiers are kept in their normal form: an ISSN 2050084X is held as 2050-084X.
        String unhyphenated = held.replace("-", "");
        return Stream.of(WORD.split(v.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
                .allMatch(w -> held.contains(w) || unhyphenated.contains(w));
    }

    /** Every string a value holds, its components' and its own text, space-separated. */
    static String flatten(Object value) {
        StringBuilder b = new StringBuilder();
        flatten(value, b);
        return b.toString();
    }

    private static void flatten(Object value, StringBuilder b) {
        if (value instanceof Iterable<?> items) {
            items.forEach(item -> flatten(item, b));
            return;
        }
        b.append(value).append(' ');
        if (value instanceof Record) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    Object part = c.getAccessor().invoke(value);
                    if (part != null) {
                        flatten(part, b);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c, e);
                }
            }
        }
    }
}
