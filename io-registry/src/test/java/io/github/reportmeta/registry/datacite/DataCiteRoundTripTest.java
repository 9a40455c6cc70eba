package io.github.reportmeta.registry.datacite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.synthetic.SyntheticReports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Generated reports through {@code datacite} and back: each changes in exactly the components its loss notes name. */
class DataCiteRoundTripTest {

    private static final long SEED = 15L;
    private static final int COUNT = 10_000;

    @Test
    void tenThousandGeneratedReportsComeBackWithExactlyTheDocumentedLosses() {
        System.out.println("SyntheticReports seed " + SEED);
        List<Report> reports = new ArrayList<>(COUNT);
        Iterator<Report> generated = SyntheticReports.withSeed(SEED).reports(COUNT);
        generated.forEachRemaining(reports::add);
        DataCiteTesting.Written written = DataCiteTesting.write(reports.toArray(Report[]::new));
        List<Report> back = DataCiteTesting.read(written.bytes(), "synthetic").reports();
        assertThat(back).hasSize(COUNT);
        Map<String, List<String>> lost = new HashMap<>();
        for (ConversionNote n : written.notes()) {
            if (n.kind() == ConversionNote.Kind.LOSS) {
                lost.computeIfAbsent(n.report().value(), k -> new ArrayList<>()).add(n.pointer().substring(1));
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        int validated = 0;
        for (int i = 0; i < COUNT; i++) {
            Report r = reports.get(i);
            List<String> changed = DataCiteWriter.changedComponents(r, back.get(i));
            assertThat(lost.getOrDefault(r.id().value(), List.of())).as("losses of %s (seed %s)", r.id(), SEED)
                    .containsExactlyInAnyOrderElementsOf(changed);
            assertThat(DataCiteMapping.LOSSY_COMPONENTS).as("documented losses").containsAll(changed);
            changed.forEach(c -> counts.merge(c, 1, Integer::sum));
            if (DataCiteMapping.primaryDoi(r) != null) {
                assertThat(DataCiteTesting.schemaError(DataCiteTesting.write(r).bytes()))
                        .as("schema error of %s (seed %s)", r.id(), SEED).isNull();
                validated++;
            }
        }
        System.out.println("components lost, by how many reports: " + counts + "; " + validated
                + " records with a DOI validated");
        assertThat(counts).as("what generated reports lose").containsOnlyKeys("authors", "publisher", "metrics");
        assertThat(validated).isGreaterThan(COUNT / 10);
    }
}
