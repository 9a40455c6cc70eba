package io.github.reportmeta.citation.ris;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.synthetic.SyntheticReports;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** 10,000 generated reports through RIS and back: what changed is exactly what the write named, in its documented words. */
class RisSyntheticRoundTripTest {

    private static final long SEED = Long.getLong("reportmeta.seed", 20261204L);
    private static final int COUNT = 10_000;

    @Test
    void tenThousandReportsComeBackWithExactlyTheDocumentedLosses() {
        System.out.println("RisSyntheticRoundTripTest seed: " + SEED + " (replay with -Dreportmeta.seed=" + SEED + ")");
        List<Report> reports = new ArrayList<>(COUNT);
        Iterator<Report> it = SyntheticReports.withSeed(SEED).reports(COUNT);
        it.forEachRemaining(reports::add);
        RisTesting.Written written = RisTesting.write(reports);
        Map<ReportId, Set<String>> named = new LinkedHashMap<>();
        for (ConversionNote n : written.notes()) {
            assertThat(n.kind()).as("seed %d: %s", SEED, n).isEqualTo(ConversionNote.Kind.LOSS);
            String component = n.pointer().substring(1);
            assertThat(n.message()).as("seed %d: the words of %s", SEED, n).isEqualTo(documented(component).loss());
            named.computeIfAbsent(Objects.requireNonNull(n.report()), k -> new TreeSet<>()).add(component);
        }
        RisTesting.Read back = RisTesting.read(written.bytes(), false);
        assertThat(back.notes()).as("seed %d: notes reading our own output", SEED).isEmpty();
        assertThat(back.reports()).as("seed %d", SEED).hasSize(COUNT);
        Map<String, Integer> losses = new TreeMap<>();
        for (int i = 0; i < COUNT; i++) {
            Report before = reports.get(i);
            Report after = back.reports().get(i);
            Set<String> changed = new TreeSet<>();
            for (RisMapping.Component c : RisMapping.COMPONENTS) {
                if (!Objects.equals(c.value().apply(before), c.value().apply(after))) {
                    changed.add(c.name());
                }
            }
            assertThat(changed).as("seed %d, report %s: components changed", SEED, before.id())
                    .isEqualTo(named.getOrDefault(before.id(), Set.of()));
            changed.forEach(c -> losses.merge(c, 1, Integer::sum));
        }
        System.out.println("RisSyntheticRoundTripTest losses by component over " + COUNT + " reports: " + losses);
        assertThat(losses.keySet()).as("seed %d: components lost", SEED)
                .containsExactlyInAnyOrder("authors", "publisher", "metrics", "formats", "titles", "keywords");
    }

    private static RisMapping.Component documented(String name) {
        return RisMapping.COMPONENTS.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no documented loss for " + name));
    }
}
