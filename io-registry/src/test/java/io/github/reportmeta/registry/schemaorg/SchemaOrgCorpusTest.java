package io.github.reportmeta.registry.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.json.internal.JsonSetup;
import io.github.reportmeta.json.internal.ModelWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads the real files in {@code fixtures/schema-org/real/} leniently and checks, node by node, that the words of
 * every value of the input (but the {@code @context} and {@code @type} names) are in the report read, or that a
 * note of that node names the value's path or a path above it: nothing is lost silently.
 */
class SchemaOrgCorpusTest {

    private static final String CORPUS = "/fixtures/schema-org/real";

    /** The words of resolvers' addresses, which the model keeps as identifiers without them. */
    private static final Set<String> RESOLVER_WORDS =
            Set.of("http", "https", "doi", "org", "dx", "orcid", "ror", "hdl", "handle", "net", "isni", "www");

    /** One value of the input: its JSON Pointer and its text. */
    record Value(String path, String text) {}

    /** What the check found for one file. */
    record Outcome(int nodes, int reports, int values, int kept, int noted, List<String> lost) {}

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(SchemaOrgCorpusTest.class.getResource(CORPUS)).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Nested
    class EveryFile {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.registry.schemaorg.SchemaOrgCorpusTest#corpus")
        void isReadWithEveryValueKeptOrNamedInANote(Path file) throws IOException {
            Map<String, List<Value>> input = inputNodes(file);
            Outcome outcome = check(file, input);
            System.out.printf(Locale.ROOT, "| `%s` | %d | %d | %d | %d | %d | %d |%n", file.getFileName(),
                    outcome.nodes(), outcome.reports(), outcome.values(), outcome.kept(), outcome.noted(),
                    outcome.lost().size());
            assertThat(outcome.lost()).as("values of %s neither kept nor named in a note", file.getFileName()).isEmpty();
            assertThat(outcome.reports()).as("reports read").isEqualTo(outcome.nodes());
            assertThat(outcome.kept()).as("values kept").isPositive();
        }
    }

    @Nested
    class TheCheckItself {

        @Test
        void countsAValueWithoutAReportOrANoteAsLost() throws Exception {
            Path file = corpus().filter(p -> p.getFileName().toString().equals("bolognese-schema_org.json"))
                    .findFirst().orElseThrow();
            Map<String, List<Value>> input = inputNodes(file);

            Outcome outcome = compare(input, Map.of(), List.of());

            assertThat(outcome.lost()).anyMatch(l -> l.contains("/name 'Eating your own Dog Food'"));
        }

        @Test
        void countsANoteAsNamingAValueOnlyWhenItNamesItsPathOrAPathAbove() {
            Map<String, List<Value>> input = Map.of("", List.of(new Value("/funder/name", "National Institute")));
            ConversionNote above = new ConversionNote(ConversionNote.Kind.WARNING, null, "", "funder (/funder) not kept", null);
            ConversionNote beside = new ConversionNote(ConversionNote.Kind.WARNING, null, "", "fund (/fund) not kept", null);

            assertThat(compare(input, Map.of(), List.of(above)).lost()).isEmpty();
            assertThat(compare(input, Map.of(), List.of(beside)).lost()).hasSize(1);
        }
    }

    static Outcome check(Path file, Map<String, List<Value>> input) throws IOException {
        Map<String, Report> reports = new LinkedHashMap<>();
        List<ConversionNote> notes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                ReportReader reader = SchemaOrgTesting.FORMAT.newReader(in,
                        ReadOptions.of(file.getFileName().toString()).withLenient(true).withListener(notes::add))) {
            while (reader.hasNext()) {
                Report r = reader.next();
                reports.put(reader.pointer(), r);
            }
        }
        return compare(input, reports, notes);
    }

    static Outcome compare(Map<String, List<Value>> input, Map<String, Report> reports, List<ConversionNote> notes) {
        int values = 0;
        int kept = 0;
        int noted = 0;
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, List<Value>> node : input.entrySet()) {
            Report report = reports.get(node.getKey());
            Set<String> reportWords = report == null ? Set.of() : modelWords(report);
            List<ConversionNote> own = notes.stream().filter(n -> n.pointer().equals(node.getKey())).toList();
            for (Value v : node.getValue()) {
                values++;
                Set<String> words = words(v.text());
                words.removeAll(RESOLVER_WORDS);
                if (report != null && reportWords.containsAll(words)) {
                    kept++;
                } else if (own.stream().anyMatch(n -> names(n, v.path()))) {
                    noted++;
                } else {
                    lost.add(node.getKey() + " " + v.path() + " '" + v.text() + "'");
                }
            }
        }
        return new Outcome(input.size(), reports.size(), values, kept, noted, lost);
    }

    /** Whether a note names the path of a value, or a path above it, in parentheses. */
    private static boolean names(ConversionNote n, String path) {
        if (n.kind() == ConversionNote.Kind.SKIPPED) {
            return true;
        }
        for (String p = path; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            if (n.message().contains("(" + p + ")")) {
                return true;
            }
        }
        return false;
    }

    /** Every value of the input by node: the nodes of a top-level array or @graph, or the one top-level node. */
    static Map<String, List<Value>> inputNodes(Path file) throws IOException {
        Map<String, List<Value>> nodes = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = JsonSetup.FACTORY.createParser(ObjectReadContext.empty(), in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                for (int i = 0; p.nextToken() == JsonToken.START_OBJECT; i++) {
                    List<Value> values = new ArrayList<>();
                    leaves(p, "/" + i, "", values);
                    nodes.put("/" + i, values);
                }
            } else {
                List<Value> values = new ArrayList<>();
                leaves(p, "", "", values);
                nodes.put("", values);
            }
        }
        return nodes;
    }

    /** Collects the leaves of the value at the parser's current token, with paths relative to the node. */
    private static void leaves(JsonParser p, String node, String path, List<Value> values) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("@context") || name.equals("@type")) {
                    p.skipChildren();
                } else {
                    leaves(p, node, path + "/" + name.replace("~", "~0").replace("/", "~1"), values);
                }
            }
        } else if (t == JsonToken.START_ARRAY) {
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                leaves(p, node, path + "/" + i, values);
            }
        } else if (t != JsonToken.VALUE_NULL) {
            values.add(new Value(node + path, p.getString()));
        }
    }

    /** The words of every string and number of a report, as its canonical JSON holds them. */
    static Set<String> modelWords(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonSetup.compactGenerator(out)) {
            ModelWriter.report(g, report);
        }
        Set<String> words = new HashSet<>();
        try (JsonParser p = JsonSetup.FACTORY.createParser(ObjectReadContext.empty(), out.toByteArray())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    words.addAll(words(p.getString()));
                }
            }
        }
        return words;
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
}
