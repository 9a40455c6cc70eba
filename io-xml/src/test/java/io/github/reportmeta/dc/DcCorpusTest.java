package io.github.reportmeta.dc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.Identifier;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
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
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the real-world corpus in {@code fixtures/oai_dc/real/} leniently and checks, record by record, that the
 * words of every {@code dc:*} value and attribute of the input are in the report read or in a note of that record
 * that names the element: nothing is lost silently. The table it prints is the one in
 * {@code docs/formats/dublin-core.md}.
 */
class DcCorpusTest {

    private static final String CORPUS = "/fixtures/oai_dc/real";
    private static final String DC = OaiDcFormat.DC;
    private static final String DCTERMS = DctermsFormat.DCTERMS;

    /** One value of the input: an element's text, or an attribute of it ({@code attribute} is its local name). */
    record Value(String element, String attribute, String text) {
        @Override
        public String toString() {
            return element + (attribute.isEmpty() ? "" : "@" + attribute) + " '" + DcNotes.quote(text) + "'";
        }
    }

    /** One record of the input, as an independent StAX pass over the file finds it. */
    record InputRecord(String id, List<Value> values) {}

    /** What the check found for one file. */
    record Outcome(int records, int read, int values, int kept, int noted, List<String> lost) {}

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(DcCorpusTest.class.getResource(CORPUS)).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @Nested
    class EveryWellFormedFile {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.dc.DcCorpusTest#corpus")
        void isReadWithEveryValueKeptOrNamedInANote(Path file) throws Exception {
            List<InputRecord> input = inputRecords(file);
            if (input == null) {
                return;
            }
            Outcome outcome = check(file, input);
            System.out.printf(Locale.ROOT, "| `%s` | %d | %d | %d | %d | %d | %d |%n", file.getFileName(),
                    outcome.records(), outcome.read(), outcome.values(), outcome.kept(), outcome.noted(),
                    outcome.lost().size());
            assertThat(outcome.lost()).as("values of %s neither kept nor named in a note", file.getFileName()).isEmpty();
            assertThat(outcome.read()).as("records read").isEqualTo(outcome.records());
        }
    }

    @Nested
    class AFileThatIsNotWellFormed {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.dc.DcCorpusTest#corpus")
        void stopsAtItsLocationEvenWhenLenient(Path file) throws Exception {
            if (inputRecords(file) != null) {
                return;
            }
            assertThatThrownBy(() -> read(file)).isInstanceOf(ReportParseException.class)
                    .satisfies(e -> assertThat(((ReportParseException) e).location().line()).isPositive());
        }
    }

    @Nested
    class TheCheckItself {

        @Test
        void failsOnAMappingThatDropsValuesWithoutANote() throws Exception {
            Path file = corpus().filter(p -> p.getFileName().toString().equals("eur-dspace-record-2003.xml"))
                    .findFirst().orElseThrow();
            List<InputRecord> input = Objects.requireNonNull(inputRecords(file));
            List<DcStatement> statements = new ArrayList<>();
            for (Value v : input.get(0).values()) {
                if (v.attribute().isEmpty()) {
                    statements.add(DcStatement.dc(v.element().substring(3), v.text()));
                }
            }
            // The mapping keeps formats and dates; one that dropped them without a note must be caught.
            Report silent = new DcMapping(false).report(new ReportId("record-1"), statements, DcNotes.NONE).toBuilder()
                    .formats(List.of()).dates(List.of()).build();

            Outcome outcome = compare(input, List.of(silent), List.of());

            assertThat(outcome.lost()).anyMatch(l -> l.contains("dc:format '151500'"))
                    .anyMatch(l -> l.contains("dc:date '2003-04-22T13:13:44Z'"));
        }

        @Test
        void countsAValueAsNotedOnlyWhenTheNoteNamesItsElementAndRecord() {
            InputRecord record = new InputRecord("r1", List.of(new Value("dc:format", "", "application/pdf")));
            Report report = Report.builder("r1").title("T", LanguageTag.ENGLISH).build();
            ConversionNote otherElement = new ConversionNote(ConversionNote.Kind.WARNING, new ReportId("r1"), "",
                    "dc:source 'application/pdf' not kept", null);
            ConversionNote otherRecord = new ConversionNote(ConversionNote.Kind.WARNING, new ReportId("r2"), "",
                    "dc:format 'application/pdf' not kept", null);

            assertThat(compare(List.of(record), List.of(report), List.of(otherElement, otherRecord)).lost())
                    .containsExactly("r1 dc:format 'application/pdf'");
        }
    }

    /** Reads a file leniently and compares it with its input records. */
    static Outcome check(Path file, List<InputRecord> input) throws IOException {
        Read read = read(file);
        return compare(input, read.reports(), read.notes());
    }

    record Read(List<Report> reports, List<ConversionNote> notes) {}

    static Read read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ReportReader reader = new OaiDcFormat().newReader(in,
                        ReadOptions.of(file.getFileName().toString()).withLenient(true))) {
            List<Report> reports = new ArrayList<>();
            reader.forEachRemaining(reports::add);
            return new Read(reports, reader.conversionReport().notes());
        }
    }

    static Outcome compare(List<InputRecord> input, List<Report> reports, List<ConversionNote> notes) {
        int values = 0;
        int kept = 0;
        int noted = 0;
        int read = 0;
        List<String> lost = new ArrayList<>();
        for (InputRecord record : input) {
            ReportId id = new ReportId(record.id());
            Report report = reports.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
            List<ConversionNote> own = notes.stream().filter(n -> id.equals(n.report())).toList();
            boolean skipped = own.stream().anyMatch(n -> n.kind() == ConversionNote.Kind.SKIPPED);
            if (report != null) {
                read++;
            }
            Set<String> reportWords = report == null ? Set.of() : modelWords(report);
            for (Value v : record.values()) {
                values++;
                if (reportWords.containsAll(words(v.text()))) {
                    kept++;
                } else if (skipped || own.stream().anyMatch(n -> names(n, v))) {
                    noted++;
                } else {
                    lost.add(record.id() + " " + v);
                }
            }
        }
        return new Outcome(input.size(), read, values, kept, noted, lost);
    }

    /** Whether a note names the value: its element (or attribute) and the words of the value as notes quote it. */
    private static boolean names(ConversionNote n, Value v) {
        String name = v.attribute().isEmpty() ? v.element() : v.attribute();
        return n.message().contains(name) && words(n.message()).containsAll(words(DcNotes.quote(v.text())));
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

    /** The words of every text of a report: strings, dates, identifiers (also as DC writes them), type labels. */
    static Set<String> modelWords(Report report) {
        Set<String> words = new HashSet<>();
        collect(report, words);
        return words;
    }

    private static void collect(Object value, Set<String> words) {
        if (value instanceof String s) {
            words.addAll(words(s));
        } else if (value instanceof PartialDate || value instanceof Number) {
            words.addAll(words(value.toString()));
        } else if (value instanceof ReportType t) {
            words.addAll(words(t.label()));
        } else if (value instanceof Iterable<?> list) {
            list.forEach(item -> collect(item, words));
        } else if (value instanceof Record r) {
            if (value instanceof Identifier i) {
                words.addAll(words(DcMapping.identifierText(i)));
                if (i.scheme() == IdentifierScheme.DOI || i.scheme() == IdentifierScheme.HANDLE) {
                    // The resolver prefixes that typing takes off a DOI or Handle in its usual spellings.
                    words.addAll(words("http https www dx doi org info hdl handle net"));
                }
            }
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
     * The records of a file and their {@code dc:*} values, read with the JDK's own StAX parser, independently of
     * the reader under test; {@code null} when the file is not well-formed.
     */
    static List<InputRecord> inputRecords(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<InputRecord> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = factory.createXMLStreamReader(in);
            String headerId = null;
            List<Value> values = null;
            int unnamed = 0;
            boolean inIdentifier = false;
            String element = null;
            StringBuilder text = new StringBuilder();
            int depth = 0;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String ns = Objects.requireNonNullElse(x.getNamespaceURI(), "");
                    String local = x.getLocalName();
                    if (element != null) {
                        continue;
                    }
                    if (local.equals("record") && !ns.equals(DC)) {
                        headerId = null;
                    } else if (local.equals("identifier") && !ns.equals(DC) && values == null) {
                        inIdentifier = true;
                        headerId = "";
                    } else if (local.equals("dc") && ns.equals(OaiDcFormat.OAI_DC)) {
                        values = new ArrayList<>();
                        records.add(new InputRecord(headerId != null ? headerId : "record-" + ++unnamed, values));
                    } else if (values != null && (ns.equals(DC) || ns.equals(DCTERMS))) {
                        element = (ns.equals(DC) ? "dc:" : "dcterms:") + local;
                        for (int i = 0; i < x.getAttributeCount(); i++) {
                            values.add(new Value(element, x.getAttributeLocalName(i), x.getAttributeValue(i)));
                        }
                        text.setLength(0);
                        depth = 1;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (element != null) {
                        text.append(x.getText());
                    } else if (inIdentifier) {
                        headerId += x.getText();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (element != null) {
                        if (depth == 0) {
                            Objects.requireNonNull(values).add(new Value(element, "", text.toString()));
                            element = null;
                        }
                        continue;
                    }
                    if (inIdentifier) {
                        inIdentifier = false;
                        headerId = Objects.requireNonNull(headerId).strip();
                    }
                    if (x.getLocalName().equals("dc") && OaiDcFormat.OAI_DC.equals(x.getNamespaceURI())) {
                        values = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            return null;
        }
        return records;
    }
}
