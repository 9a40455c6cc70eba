package io.github.reportmeta.citation.csl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.synthetic.SyntheticReports;
import io.github.reportmeta.testing.RandomReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Generated reports go through {@code csl-json} and back with exactly the documented losses: every loss note is a
 * row of the table in {@code docs/formats/citation.md}, and the components noted are exactly those that read back
 * changed.
 */
class CslRoundTripTest {

    static final Path DOC = Path.of("..", "docs", "formats", "citation.md");
    static final long SEED = 20261204L;

    /** The "lost field | note" table of the csl-json section: field path to note. */
    static Map<String, String> documentedLosses() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int section = lines.indexOf("## csl-json");
        int start = lines.subList(section, lines.size()).indexOf("| lost field | note |") + section;
        assertThat(start).as("the loss table of the csl-json section of %s", DOC).isGreaterThan(section);
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("| `"); i++) {
            String line = lines.get(i);
            int end = line.indexOf('`', 3);
            table.put(line.substring(3, end), line.substring(end + 4, line.length() - 2));
        }
        return table;
    }

    @Nested
    class TheLossTable {

        @Test
        void isTheOneTheWriterUses() throws IOException {
            assertThat(documentedLosses()).isEqualTo(CslMapping.LOSSES);
        }
    }

    @Nested
    class TenThousandSyntheticReports {

        @Test
        void goThroughAndBackWithExactlyTheDocumentedLosses() throws IOException {
            System.out.println("CslRoundTripTest seed: " + SEED);
            List<Report> reports = new ArrayList<>();
            SyntheticReports.withSeed(SEED).reports(10_000).forEachRemaining(reports::add);
            check(reports, documentedLosses());
        }
    }

    @Nested
    class TwoThousandRandomReports {

        @Test
        void goThroughAndBackWithExactlyTheDocumentedLosses() throws IOException {
            RandomReports random = RandomReports.withSeed(SEED);
            System.out.println("CslRoundTripTest seed: " + random.seed());
            List<Report> reports = new ArrayList<>(random.reports(2000));
            reports.add(random.maximalReport());
            check(reports, documentedLosses());
        }
    }

    @Nested
    class TheCheckItself {

        @Test
        void catchesAComponentChangedWithoutANote() {
            Report r = Report.builder("r").build();
            Report changed = r.toBuilder().rights("All rights reserved").build();

            assertThat(changedComponents(r, changed)).containsExactly("rights");
        }
    }

    static void check(List<Report> reports, Map<String, String> documented) {
        List<ConversionNote> notes = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = new CslJsonFormat().newWriter(out, WriteOptions.DEFAULT.withListener(notes::add))) {
            reports.forEach(writer::write);
        }
        List<Report> back = new CslJsonFormat().readCatalogue(new ByteArrayInputStream(out.toByteArray()),
                ReadOptions.of("back.json")).reports();
        assertThat(back).as("reports read back (seed %s)", SEED).hasSameSizeAs(reports);

        Map<ReportId, Set<String>> noted = new HashMap<>();
        for (ConversionNote n : notes) {
            assertThat(n.kind()).isEqualTo(ConversionNote.Kind.LOSS);
            String field = CslMapping.withoutParents(CslMapping.withoutIndexes(n.pointer()));
            String row = documentedRow(field, documented);
            assertThat(row).as("the documented row of %s (seed %s)", n, SEED).isNotNull();
            assertThat(n.message()).as("the note of %s (seed %s)", n, SEED).isEqualTo(documented.get(row));
            noted.computeIfAbsent(Objects.requireNonNull(n.report()), k -> new LinkedHashSet<>())
                    .add(n.pointer().split("/", 3)[1]);
        }
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            assertThat(back.get(i).id()).isEqualTo(r.id());
            assertThat(noted.getOrDefault(r.id(), Set.of())).as("components of %s noted as lost (seed %s)", r.id(), SEED)
                    .containsExactlyInAnyOrderElementsOf(changedComponents(r, back.get(i)));
        }
    }

    /** The row of the table that names a field or the nearest field that holds it. */
    static String documentedRow(String field, Map<String, String> documented) {
        for (String f = field; !f.isEmpty(); f = f.contains("/") ? f.substring(0, f.lastIndexOf('/')) : "") {
            if (documented.containsKey(f)) {
                return f;
            }
        }
        return null;
    }

    static List<String> changedComponents(Report a, Report b) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : Report.class.getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                    names.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }
}
