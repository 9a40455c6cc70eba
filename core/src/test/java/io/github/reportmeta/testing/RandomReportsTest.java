package io.github.reportmeta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Report;
import io.github.reportmeta.internal.XmlChars;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomReportsTest {

    @Test
    void theSameSeedGivesTheSameReports() {
        assertThat(RandomReports.withSeed(42).reports(200)).isEqualTo(RandomReports.withSeed(42).reports(200));
        assertThat(RandomReports.withSeed(42).reports(50)).isNotEqualTo(RandomReports.withSeed(43).reports(50));
    }

    @Test
    void coversCjkAstralAndMarkupTextAndTheExtremes() {
        List<Report> reports = RandomReports.withSeed(1).reports(2000);
        String all = reports.toString();

        assertThat(all).contains("发展").contains("𠀀").contains("&").contains("<");
        assertThat(reports).anyMatch(r -> r.titles().isEmpty() && r.authors().isEmpty());
        assertThat(reports).anyMatch(r -> r.identifiers().size() == 7 && r.metrics().size() == 3);
        assertThat(reports).extracting(Report::id).doesNotHaveDuplicates();
    }

    @Test
    void neverMakesTextThatXmlCannotCarry() {
        for (Report r : RandomReports.withSeed(5).reports(2000)) {
            assertThat(XmlChars.firstIllegal(r.toString())).as("report %s", r.id()).isEqualTo(-1);
        }
    }
}
