package io.github.reportmeta.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Organization;
import io.github.reportmeta.ReportNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportIdsTest {

    /** The letters and digits at the ends of their ranges are kept; the characters next to them are separators. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a        | a
            z        | z
            0        | 0
            9        | 9
            A        | a
            Z        | z
            a`z      | a-z
            a{z      | a-z
            0/9      | 0-9
            0:9      | 0-9
            a@z[0    | a-z-0
            --Working  Paper--  | working-paper
            """)
    void keepsAsciiLettersAndDigitsWithSingleHyphensBetweenRuns(String text, String slug) {
        assertThat(ReportIds.slug(text)).isEqualTo(slug);
    }

    @Test
    void hashesAPartWithoutAnyAsciiLetterOrDigit() {
        assertThat(ReportIds.slug("研究报告")).matches("s[0-9a-f]{8}").isEqualTo(ReportIds.slug("研究报告"))
                .isNotEqualTo(ReportIds.slug("工作论文"));
        assertThat(ReportIds.slug("`{/:")).matches("s[0-9a-f]{8}");
    }

    @Test
    void namesTheSeriesAndTheTopLevelParentOfThePublisher() {
        Organization unit = Organization.of("Research Department", "RD").withParent(Organization.of("Example Bank", "EXB"));
        assertThat(ReportIds.of(null, "Research Report", ReportNumber.of("Working Paper", "7a", null), unit, "T", null)
                .value()).isEqualTo("exb-working-paper-7a");
        assertThat(ReportIds.of(null, "research report", ReportNumber.of("Research Report", "7", 2020), null, "T", null)
                .value()).isEqualTo("report-2020-7");
    }
}
