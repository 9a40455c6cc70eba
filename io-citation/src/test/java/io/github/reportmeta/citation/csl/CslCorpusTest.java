package io.github.reportmeta.citation.csl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.json.internal.Snippets;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the real CSL-JSON files in {@code fixtures/csl-json/real/} and checks, item by item, that the words of
 * every value of the input are in the report read or in a note of that report that names the variable: nothing is
 * lost silently. The table it prints is the one in {@code docs/formats/citation.md}.
 */
class CslCorpusTest {

    private static final String CORPUS = "/fixtures/csl-json/real";

    /** One scalar of the input: the item's variable it is under, and its text. */
    record Value(String variable, String text) {
        @Override
        public String toString() {
            return variable + " '" + Snippets.clip(text) + "'";
        }
    }

    /** What the check found for one file. */
    record Outcome(int items, int read, int values, int kept, int noted, List<String> lost) {}

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(CslCorpusTest.class.getResource(CORPUS)).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Nested
    class EveryFile {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.citation.csl.CslCorpusTest#corpus")
        void isReadWithEveryValueKeptOrNamedInANote(Path file) throws IOException {
            List<List<Value>> input = inputItems(file);
            Read read = read(file, true);

            Outcome outcome = compare(input, read.reports(), read.notes());

            System.out.printf(Locale.ROOT, "| `%s` | %d | %d | %d | %d | %d | %d |%n", file.getFileName(),
                    outcome.items(), outcome.read(), outcome.values(), outcome.kept(), outcome.noted(),
                    outcome.lost().size());
            assertThat(outcome.lost()).as("values of %s neither kept nor named in a note", file.getFileName()).isEmpty();
            assertThat(outcome.read()).as("items read").isEqualTo(outcome.items());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.citation.csl.CslCorpusTest#corpus")
        void isReadStrictlyToo(Path file) throws IOException {
            assertThat(read(file, false).reports()).hasSize(inputItems(file).size());
        }
    }

    @Nested
    class TheReportItems {

        @Test
        void keepNumberGenreAsSeriesAndPublisherChain() throws IOException {
            Path file = file("citeproc-lua-xampl.json");
            Report full = read(file, true).reports().stream().filter(r -> r.id().value().equals("techreport-full"))
                    .findFirst().orElseThrow();

            assertThat(full.number()).isNotNull();
            assertThat(full.number().series()).isEqualTo("Wishful Research Result");
            assertThat(full.number().number()).isEqualTo("7");
            assertThat(full.issued()).isEqualTo(PartialDate.of(1988, 10));
            assertThat(full.publisher().name()).isEqualTo("Fanstord University");
            assertThat(full.type()).isEqualTo(ReportType.RESEARCH_REPORT);
        }

        @Test
        void readAUnitOfAnInstitutionAsItsChild() throws IOException {
            Path file = file("citation-js-biblatex-csl.json");
            Report manual = read(file, true).reports().stream().filter(r -> r.id().value().equals("radboud:manual"))
                    .findFirst().orElseThrow();

            assertThat(manual.publisher().name()).isEqualTo("Faculty of Science");
            assertThat(manual.publisher().parent().name()).isEqualTo("Radboud University");
        }

        @Test
        void takeTheLanguageForTitleAndAbstract() throws IOException {
            Path file = file("citeproc-lua-biblatex-examples.json");
            Report padhye = read(file, true).reports().stream().filter(r -> r.id().value().equals("padhye"))
                    .findFirst().orElseThrow();

            assertThat(padhye.type()).isEqualTo(ReportType.TECHNICAL_REPORT);
            assertThat(padhye.number().series()).isEqualTo("Technical Report");
            assertThat(padhye.number().number()).isEqualTo("99\\-02");
            assertThat(padhye.language()).isEqualTo(LanguageTag.parse("en-US"));
            assertThat(padhye.abstracts().get(0).language()).isEqualTo(LanguageTag.parse("en-US"));
            assertThat(padhye.authors()).hasSize(3);
        }
    }

    @Nested
    class TheCheckItself {

        @Test
        void catchesAValueDroppedWithoutANote() throws IOException {
            Path file = file("citeproc-lua-xampl.json");
            List<List<Value>> input = inputItems(file);
            Read read = read(file, true);
            List<Report> silent = new ArrayList<>(read.reports());
            int at = indexOf(silent, "techreport-full");
            silent.set(at, silent.get(at).toBuilder().number(null).publisher(null).build());

            Outcome outcome = compare(input, silent, read.notes());

            assertThat(outcome.lost()).contains("techreport-full number '7'", "techreport-full publisher 'Fanstord University'");
        }

        @Test
        void countsAValueAsNotedOnlyWhenTheNoteNamesItsVariableAndReport() {
            List<List<Value>> input = List.of(List.of(new Value("id", "r1"), new Value("edition", "Silver")));
            Report report = Report.builder("r1").build();
            ConversionNote otherVariable = new ConversionNote(ConversionNote.Kind.WARNING, new ReportId("r1"), "",
                    "note 'Silver' is not kept", null);
            ConversionNote otherReport = new ConversionNote(ConversionNote.Kind.WARNING, new ReportId("r2"), "",
                    "edition 'Silver' is not kept", null);

            assertThat(compare(input, List.of(report), List.of(otherVariable, otherReport)).lost())
                    .containsExactly("r1 edition 'Silver'");
        }
    }

    static Path file(String name) {
        try {
            return Path.of(Objects.requireNonNull(CslCorpusTest.class.getResource(CORPUS + "/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(List<Report> reports, String id) {
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).id().value().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no report " + id);
    }

    record Read(List<Report> reports, List<ConversionNote> notes) {}

    static Read read(Path file, boolean lenient) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ReportReader reader = new CslJsonFormat().newReader(in,
                        ReadOptions.of(file.getFileName().toString()).withLenient(lenient))) {
            List<Report> reports = new ArrayList<>();
            reader.forEachRemaining(reports::add);
            return new Read(reports, reader.conversionReport().notes());
        }
    }

    /** Compares item i of the input with report i, and the notes of that report. */
    static Outcome compare(List<List<Value>> input, List<Report> reports, List<ConversionNote> notes) {
        int values = 0;
        int kept = 0;
        int noted = 0;
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            Report report = i < reports.size() ? reports.get(i) : null;
            ReportId id = report == null ? null : report.id();
            List<ConversionNote> own = notes.stream().filter(n -> Objects.equals(id, n.report())).toList();
            Set<String> reportWords = report == null ? Set.of() : modelWords(report);
            for (Value v : input.get(i)) {
                values++;
                if (reportWords.containsAll(words(v.text()))) {
                    kept++;
                } else if (own.stream().anyMatch(n -> names(n, v))) {
                    noted++;
                } else {
                    lost.add((id == null ? "item " + i : id.value()) + " " + v);
                }
            }
        }
        return new Outcome(input.size(), reports.size(), values, kept, noted, lost);
    }

    /** Whether a note names the value: its variable, and the words of the value as notes quote it. */
    private static boolean names(ConversionNote n, Value v) {
        return n.message().contains(v.variable()) && words(n.message()).containsAll(words(Snippets.clip(v.text())));
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The words of every text of a report: strings, dates and their parts as numbers, type labels. */
    static Set<String> modelWords(Report report) {
        Set<String> words = new HashSet<>();
        collect(report, words);
        return words;
    }

    private static void collect(Object value, Set<String> words) {
        if (value instanceof String s) {
            words.addAll(words(s));
        } else if (value instanceof PartialDate d) {
            words.addAll(words(d.toString()));
            words.add(String.valueOf(d.year()));
            words.add(String.valueOf(d.month()));
            words.add(String.valueOf(d.day()));
        } else if (value instanceof Number) {
            words.addAll(words(value.toString()));
        } else if (value instanceof ReportType t) {
            words.addAll(words(t.label()));
        } else if (value instanceof Iterable<?> list) {
            list.forEach(item -> collect(item, words));
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object part;
                try {
                    part = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (part != null) {
                    collect(part, words);
                }
            }
        }
    }

    /**
     * The items of a file and the scalars under each of their variables, read with a plain Jackson parser,
     * independently of the reader under test.
     */
    static List<List<Value>> inputItems(Path file) throws IOException {
        List<List<Value>> items = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                items.add(item(p));
                return items;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                items.add(item(p));
            }
        }
        return items;
    }

    private static List<Value> item(JsonParser p) {
        List<Value> values = new ArrayList<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String variable = p.currentName();
            p.nextToken();
            scalars(p, variable, values);
        }
        return values;
    }

    private static void scalars(JsonParser p, String variable, List<Value> values) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            JsonToken end = t == JsonToken.START_OBJECT ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
            for (JsonToken k = p.nextToken(); k != end; k = p.nextToken()) {
                if (k == JsonToken.PROPERTY_NAME) {
                    continue;
                }
                scalars(p, variable, values);
            }
        } else if (t != JsonToken.VALUE_NULL) {
            values.add(new Value(variable, p.getString()));
        }
    }
}
