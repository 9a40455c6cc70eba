package io.github.reportmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.Person;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.testing.RandomReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round-trip matrix over generated reports (seed printed; replay with {@code -Dreportmeta.seed=N}).
 *
 * <p>Lossless formats: each of {@code json}, {@code jsonl}, {@code xml} reads a catalogue of
 * {@value #LOSSLESS_COUNT} reports (the empty and the maximal report among them) back equal to the model; and for
 * every pair A, B, the catalogue written in A and converted to B (streaming, with {@link WriteOptions#LOSSLESS})
 * is byte for byte what B writes from the model, and converted back to A what A writes.
 *
 * <p>Lossy formats ({@code oai_dc}, {@code dcterms}): for {@value #LOSSY_COUNT} reports, the {@code LOSS} notes name
 * exactly what was dropped. The test's own expectation comes from two independent sources: a field-by-field
 * difference between each report and what the format's reader reads back from the written document (every
 * difference must be named by a note at its pointer or above it, and every note must name a difference), and
 * the rules of docs/formats/dublin-core.md that depend only on which fields the report has filled (the id and
 * the metrics are always lost, a keyword's vocabulary and a person's ORCID iD and affiliations always (or
 * the whole agent with them), the
 * titles, abstracts, date, language, rights and key word terms never).
 */
class RoundTripMatrixTest {

    static final int LOSSLESS_COUNT = 10_000;
    static final int LOSSY_COUNT = 10_000;
    private static final FormatRegistry FORMATS = FormatRegistry.load();

    static RandomReports random;
    static Catalogue catalogue;

    @BeforeAll
    static void generate() {
        random = RandomReports.fromEnvironment();
        List<Report> reports = new ArrayList<>();
        reports.add(random.emptyReport());
        reports.add(random.maximalReport());
        reports.addAll(random.reports(LOSSLESS_COUNT - 2));
        catalogue = Catalogue.of(random.header(), reports);
    }

    static Stream<Arguments> losslessPairs() {
        return Stream.of(Arguments.of("json", "jsonl"), Arguments.of("json", "xml"), Arguments.of("jsonl", "xml"));
    }

    static Stream<String> losslessFormats() {
        return Stream.of("json", "jsonl", "xml");
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lossless {

        private final Map<String, byte[]> written = new LinkedHashMap<>();

        /** The catalogue written directly in a format, once per format. */
        private byte[] written(String format) {
            return written.computeIfAbsent(format, f -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                FORMATS.expect(f).writeCatalogue(catalogue, out, WriteOptions.LOSSLESS);
                return out.toByteArray();
            });
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.cli.RoundTripMatrixTest#losslessFormats")
        void eachFormatReadsBackWhatItWrote(String name) {
            Catalogue read = FORMATS.expect(name).readCatalogue(new ByteArrayInputStream(written(name)),
                    ReadOptions.of("catalogue." + name));
            String seed = "seed " + random.seed();
            assertThat(read.header()).as(seed).isEqualTo(catalogue.header());
            assertThat(read.reports()).as(seed).hasSize(LOSSLESS_COUNT);
            for (int i = 0; i < LOSSLESS_COUNT; i++) {
                assertThat(read.reports().get(i)).as("%s, report %d", seed, i).isEqualTo(catalogue.reports().get(i));
            }
        }

        /**
         * A to B must give exactly what B writes from the model, and back to A exactly what A writes; with the
         * test above, both conversions are then exact for every report.
         */
        @ParameterizedTest(name = "{0} -> {1} -> {0}")
        @MethodSource("io.github.reportmeta.cli.RoundTripMatrixTest#losslessPairs")
        void aCatalogueGoesThereAndBackUnchanged(String a, String b) {
            ReportFormat from = FORMATS.expect(a);
            ReportFormat via = FORMATS.expect(b);
            String seed = "seed " + random.seed();

            byte[] there = convert(written(a), from, via);
            assertThat(there).as("%s: %s -> %s gives what %s writes", seed, a, b, b).isEqualTo(written(b));
            byte[] back = convert(there, via, from);
            assertThat(back).as("%s: %s -> %s -> %s gives what %s writes", seed, a, b, a, a).isEqualTo(written(a));
        }

        private byte[] convert(byte[] input, ReportFormat from, ReportFormat to) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ReportReader reader = from.newReader(new ByteArrayInputStream(input), ReadOptions.of("in"));
                    ReportWriter writer = to.newWriter(out, WriteOptions.LOSSLESS)) {
                CatalogueHeader header = reader.header();
                if (header != null) {
                    writer.writeHeader(header);
                }
                reader.forEachRemaining(writer::write);
            }
            return out.toByteArray();
        }
    }

    @Nested
    class Lossy {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.reportmeta.cli.RoundTripMatrixTest#lossyFormats")
        void theConversionReportNamesExactlyTheFieldsThatWereDropped(String name) {
            ReportFormat format = FORMATS.expect(name);
            List<Report> reports = catalogue.reports().subList(0, LOSSY_COUNT);
            List<ConversionNote> notes = new ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ReportWriter writer = format.newWriter(out, WriteOptions.DEFAULT.withListener(notes::add))) {
                reports.forEach(writer::write);
            }
            List<Report> read = format.readCatalogue(new ByteArrayInputStream(out.toByteArray()),
                    ReadOptions.of("back." + name)).reports();
            assertThat(read).hasSameSizeAs(reports);

            Map<Integer, Set<String>> lossesByReport = new LinkedHashMap<>();
            Map<io.github.reportmeta.ReportId, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < reports.size(); i++) {
                index.putIfAbsent(reports.get(i).id(), i);
            }
            for (ConversionNote n : notes) {
                assertThat(n.kind()).as("%s: %s", name, n).isEqualTo(ConversionNote.Kind.LOSS);
                assertThat(n.report()).as("%s: %s", name, n).isNotNull();
                Integer i = index.get(n.report());
                assertThat(i).as("note for an unknown report: %s", n).isNotNull();
                assertThat(lossesByReport.computeIfAbsent(i, k -> new TreeSet<>()).add(n.pointer()))
                        .as("%s: the loss %s is named once, seed %d", name, n, random.seed()).isTrue();
            }
            for (int i = 0; i < reports.size(); i++) {
                Report report = reports.get(i);
                Set<String> losses = lossesByReport.getOrDefault(i, Set.of());
                String what = name + ", report " + i + " (" + report.id() + "), seed " + random.seed();
                List<String> differences = new ArrayList<>();
                differences(report, read.get(i), "", differences);
                for (String d : differences) {
                    assertThat(losses).as("%s: %s changed on the way (%s), but no note names it", what, d, differences)
                            .anyMatch(p -> covers(p, d));
                }
                for (String p : losses) {
                    assertThat(differences).as("%s: %s is named as lost, but it came back unchanged", what, p)
                            .anyMatch(d -> covers(p, d) || covers(d, p));
                }
                for (String path : mustBeLost(report)) {
                    assertThat(losses).as("%s: the documentation says %s is lost", what, path)
                            .anyMatch(p -> covers(p, path));
                }
                assertThat(losses).as(what).noneMatch(p -> NEVER_LOST.stream().anyMatch(n -> covers(n, p)));
            }
        }
    }

    static Stream<String> lossyFormats() {
        return Stream.of("oai_dc", "dcterms");
    }

    /** What docs/formats/dublin-core.md marks as never lost, for any report. */
    private static final List<String> NEVER_LOST = List.of("/titles", "/abstracts", "/issued", "/language", "/rights");

    /** What docs/formats/dublin-core.md marks as always lost, from the fields the report has filled. */
    static Set<String> mustBeLost(Report r) {
        Set<String> lost = new TreeSet<>();
        lost.add("/id");
        if (!r.metrics().isEmpty()) {
            lost.add("/metrics");
        }
        for (int a = 0; a < r.authors().size(); a++) {
            if (r.authors().get(a).agent() instanceof Person person) {
                if (person.orcid() != null) {
                    lost.add("/authors/" + a + "/agent/orcid");
                }
                if (!person.affiliations().isEmpty()) {
                    lost.add("/authors/" + a + "/agent/affiliations");
                }
            }
        }
        for (int k = 0; k < r.keywords().size(); k++) {
            Keyword keyword = r.keywords().get(k);
            if (keyword.vocabulary() != null) {
                lost.add("/keywords/" + k + "/vocabulary");
            }
        }
        return lost;
    }

    /** Whether a note at {@code pointer} covers a difference at {@code path}: the same field or one inside it. */
    static boolean covers(String pointer, String path) {
        return path.equals(pointer) || path.startsWith(pointer + "/");
    }

    /** The JSON Pointers of the leaves where two values differ, descending through records and lists. */
    static void differences(Object a, Object b, String at, List<String> out) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a != null && b != null && a.getClass() == b.getClass() && a.getClass().isRecord()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    differences(c.getAccessor().invoke(a), c.getAccessor().invoke(b), at + "/" + c.getName(), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return;
        }
        if (a instanceof List<?> x && b instanceof List<?> y && x.size() == y.size()) {
            for (int i = 0; i < x.size(); i++) {
                differences(x.get(i), y.get(i), at + "/" + i, out);
            }
            return;
        }
        out.add(at);
    }
}
