package io.github.reportmeta.xml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import io.github.reportmeta.internal.ModelTexts;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written walk of a report against the reflective one it stands in for, on the writers' hot path. */
class ReportTextsTest {

    @Test
    void visitsTheStringsThatModelTextsVisitsInItsOrderAndCountsTheSameValues() {
        RandomReports random = RandomReports.fromEnvironment();
        List<Report> reports = new ArrayList<>(random.reports(3_000));
        reports.add(random.emptyReport());
        reports.add(random.maximalReport());
        reports.add(SeedRecord.report());
        for (Report r : reports) {
            List<String> expected = new ArrayList<>();
            int expectedValues = ModelTexts.walk(r, "", (pointer, text) -> expected.add(text));
            List<String> actual = new ArrayList<>();
            int values = ReportTexts.walk(r, actual::add);
            assertThat(actual).as("report %s, seed %d", r.id(), random.seed()).isEqualTo(expected);
            assertThat(values).as("report %s, seed %d", r.id(), random.seed()).isEqualTo(expectedValues);
        }
    }
}
