package io.github.reportmeta.citation.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.synthetic.SyntheticReports;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Generated reports through bibtex and back: each loses exactly the components its write named, and no others. */
class BibtexRoundTripTest {

    private static final int COUNT = 10_000;

    /** What a bibtex round trip of generated reports may change: the components the format does not hold whole. */
    private static final Set<String> DOCUMENTED = Set.of("titles", "authors", "keywords", "type", "fullText",
            "formats", "metrics");

    @Test
    void tenThousandGeneratedReportsComeBackWithExactlyTheDocumentedLosses() {
        long seed = Long.getLong("reportmeta.seed", 20261204L);
        System.out.println("BibtexRoundTripTest seed " + seed + " (-Dreportmeta.seed=" + seed + " repeats it)");
        List<Report> reports = new ArrayList<>(COUNT);
        Iterator<Report> generated = SyntheticReports.withSeed(seed).reports(COUNT);
        generated.forEachRemaining(reports::add);
        BibtexTesting.Written written = BibtexTesting.write(reports);
        Map<ReportId, Set<String>> named = new HashMap<>();
        for (ConversionNote n : written.notes()) {
            assertThat(n.kind()).isEqualTo(ConversionNote.Kind.LOSS);
            named.computeIfAbsent(Objects.requireNonNull(n.report()), id -> new TreeSet<>()).add(n.pointer().split("/", 3)[1]);
        }
        List<Report> back = BibtexTesting.read(written.text()).reports();
        assertThat(back).hasSize(COUNT);
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < COUNT; i++) {
            Report a = reports.get(i);
            Set<String> changed = changed(a, back.get(i));
            assertThat(changed).as("seed %d: components of %s changed, against those its write named", seed, a.id())
                    .isEqualTo(named.getOrDefault(a.id(), Set.of()));
            changed.forEach(c -> counts.merge(c, 1, Integer::sum));
        }
        System.out.println("components changed, in how many reports: " + counts);
        assertThat(counts.keySet()).as("components changed").isSubsetOf(DOCUMENTED)
                .doesNotContain("number", "issued", "publisher", "abstracts", "language", "identifiers", "landingPage");
    }

    private static Set<String> changed(Report a, Report b) {
        Set<String> names = new TreeSet<>();
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
