package io.github.reportmeta.citation.bibtex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Report;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.internal.ModelTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the real files in {@code fixtures/bibtex/real/} leniently and checks, entry by entry and field by field,
 * that every value either lands in the report or is named in a note: values kept, noted, silently lost (zero).
 */
class BibtexCorpusTest {

    static final Path REAL = Path.of("src", "test", "resources", "fixtures", "bibtex", "real");

    static Stream<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(REAL)) {
            return all.filter(p -> p.toString().endsWith(".bib")).sorted().toList().stream();
        }
    }

    /** What one file gave. */
    record Outcome(int entries, int reports, int values, int kept, int noted, List<String> lost) {}

    @ParameterizedTest
    @MethodSource("files")
    void readsEveryEntryAndLosesNoValueSilently(Path file) throws IOException {
        Outcome o = read(file);
        System.out.printf(Locale.ROOT, "%s: %d entries, %d reports, %d values: %d kept, %d noted, %d silently lost%n",
                file.getFileName(), o.entries(), o.reports(), o.values(), o.kept(), o.noted(), o.lost().size());
        assertThat(o.reports()).as("reports read from %s", file).isEqualTo(o.entries()).isPositive();
        assertThat(o.lost()).as("values of %s neither kept nor noted", file).isEmpty();
        assertThat(o.kept() + o.noted()).isEqualTo(o.values());
    }

    @Test
    void rejectsTheEntryWhoseDelimitersDoNotMatchAtItsPlace() {
        Path file = REAL.resolve("rejected").resolve("citationjs-different-delimiters.bib");
        assertThatThrownBy(() -> {
            try (InputStream in = Files.newInputStream(file);
                    ReportReader reader = new BibtexFormat().newReader(in, ReadOptions.of("delimiters.bib"))) {
                reader.forEachRemaining(r -> { });
            }
        }).isInstanceOf(ReportParseException.class)
                .hasMessage("entry 'b': expected ',' or '}' after the value of field 'year', but found ')' "
                        + "(delimiters.bib:11:1)");
    }

    @Test
    void theCorpusHoldsReportEntriesOfBothDialects() throws IOException {
        int techreport = 0;
        int report = 0;
        for (Path f : files().toList()) {
            String text = Files.readString(f).toLowerCase(Locale.ROOT);
            techreport += text.split("@techreport\\s*\\{", -1).length - 1;
            report += text.split("@report\\s*\\{", -1).length - 1;
        }
        assertThat(techreport).as("@techreport entries").isPositive();
        assertThat(report).as("@report entries").isPositive();
    }

    static Outcome read(Path file) throws IOException {
        List<BibEntry> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                BibParser parser = new BibParser(in, "oracle", ReadOptions.DEFAULT_MAX_REPORT_BYTES, true, n -> { })) {
            for (BibEntry e = parser.next(); e != null; e = parser.next()) {
                entries.add(e);
            }
        }
        List<ConversionNote> notes = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                ReportReader reader = new BibtexFormat().newReader(in,
                        ReadOptions.of(file.getFileName().toString()).withLenient(true).withListener(notes::add))) {
            reader.forEachRemaining(reports::add);
        }
        int values = 0;
        int kept = 0;
        int noted = 0;
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < Math.min(entries.size(), reports.size()); i++) {
            BibEntry e = entries.get(i);
            Report r = reports.get(i);
            StringBuilder texts = new StringBuilder();
            ModelTexts.walk(r, "", (pointer, text) -> texts.append(text).append('\n'));
            String all = texts.toString();
            for (BibEntry.Field f : e.fields()) {
                if (Latex.decode(f.raw(), c -> { }).isEmpty()) {
                    continue;
                }
                values++;
                boolean named = notes.stream().anyMatch(n -> r.id().equals(n.report())
                        && n.kind() != ConversionNote.Kind.INFO && n.message().contains("'" + f.name() + "'"));
                if (named) {
                    noted++;
                } else if (kept(f, r, all)) {
                    kept++;
                } else {
                    lost.add(e.key() + "." + f.name() + " = " + f.raw());
                }
            }
        }
        return new Outcome(entries.size(), reports.size(), values, kept, noted, lost);
    }

    /** Whether a field's value is found in the report read from it. */
    private static boolean kept(BibEntry.Field f, Report r, String all) {
        String text = Latex.decode(f.raw(), c -> { });
        switch (f.name()) {
            case "year" -> {
                return r.issued() != null && String.valueOf(r.issued().year()).equals(text.replaceFirst("^0+", ""));
            }
            case "month" -> {
                return r.issued() != null && r.issued().month() != 0;
            }
            case "date" -> {
                return r.issued() != null && r.issued().toString().equals(text);
            }
            case "author", "editor" -> {
                for (String name : BibNames.split(f.raw())) {
                    String decoded = Latex.decode(name, c -> { });
                    String[] words = decoded.split("[ ,]+");
                    if (!all.contains(words[words.length - 1]) && !all.contains(words[0])) {
                        return false;
                    }
                }
                return true;
            }
            case "keywords" -> {
                for (String term : text.split("\\s*[,;]\\s*")) {
                    if (!all.contains(term)) {
                        return false;
                    }
                }
                return true;
            }
            case "language", "langid" -> {
                return r.language() != null;
            }
            case "type" -> {
                return r.type() == ReportType.TECHNICAL_REPORT || r.type() == ReportType.RESEARCH_REPORT
                        ? r.number() == null || !text.equals(r.number().series()) || all.contains(text)
                        : all.contains(text);
            }
            default -> {
                return !text.isEmpty() && all.contains(text);
            }
        }
    }
}
