package io.github.reportmeta.oai.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportId;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How identifiers, datestamps, set specs and tokens are derived, as docs/oai-pmh.md documents them. */
class DerivationsTest {

    static final LocalDate LOADED = LocalDate.of(2026, 12, 4);

    @Nested
    class Datestamps {
        @Test
        void takesTheCatalogueEditionBeforeTheIssuedDate() {
            Report r = Catalogues.report("a").issued(PartialDate.of(2001)).build();

            assertThat(io.github.reportmeta.oai.provider.Datestamps.of(r, PartialDate.of(2024, 5), PartialDate.of(2020), LOADED))
                    .isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(io.github.reportmeta.oai.provider.Datestamps.of(r, null, PartialDate.of(2020), LOADED))
                    .isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(io.github.reportmeta.oai.provider.Datestamps.of(r, null, null, LOADED))
                    .isEqualTo(LocalDate.of(2001, 1, 1));
        }

        @Test
        void takesItsOwnModifiedDateBeforeTheCatalogues() {
            Report r = Catalogues.report("a").date(ReportDate.of(ReportDate.Kind.MODIFIED, "2023-06")).build();

            assertThat(io.github.reportmeta.oai.provider.Datestamps.of(r, PartialDate.of(2024, 5), null, LOADED))
                    .isEqualTo(LocalDate.of(2023, 6, 1));
        }

        @Test
        void fallsBackToTheDayOfLoading() {
            Report r = Catalogues.report("a").date(ReportDate.of(ReportDate.Kind.CREATED, "2023-06")).build();

            assertThat(io.github.reportmeta.oai.provider.Datestamps.of(r, null, null, LOADED)).isEqualTo(LOADED);
        }

        @ParameterizedTest
        @CsvSource({
            "2018, 2018-01-01",
            "2018-12, 2018-12-01",
            "2018-12-10T08:30:00Z, 2018-12-10",
            "2018-12-10T23:30+08:00, 2018-12-10",
            "2018-12-10T23:30:15.5-01:00, 2018-12-11",
            "2018-12-10T23:30:15, 2018-12-10",
        })
        void readsEachW3cdtfFormAsADayInUtc(String value, String day) {
            assertThat(io.github.reportmeta.oai.provider.Datestamps.day(value)).isEqualTo(LocalDate.parse(day));
        }
    }

    @Nested
    class SetSpecs {
        @ParameterizedTest
        @CsvSource({
            "Research Report, research-report-5e5073f6",
            "研究报告, series-dc121db5",
        })
        void isTheFoldedNameAndADigestOfIt(String series, String spec) {
            assertThat(io.github.reportmeta.oai.provider.SetSpecs.of(series)).isEqualTo(spec);
        }

        @Test
        void foldsAccentsAndPunctuation() {
            assertThat(io.github.reportmeta.oai.provider.SetSpecs.of("  Études & Synthèses, No. 1 "))
                    .startsWith("etudes-syntheses-no-1-")
                    .matches(io.github.reportmeta.oai.provider.SetSpecs.SYNTAX);
        }

        @Test
        void tellsNamesApartThatFoldAlike() {
            assertThat(io.github.reportmeta.oai.provider.SetSpecs.of("Research report"))
                    .isNotEqualTo(io.github.reportmeta.oai.provider.SetSpecs.of("Research Report"));
        }
    }

    @Nested
    class Identifiers {
        final io.github.reportmeta.oai.provider.Identifiers ids = new io.github.reportmeta.oai.provider.Identifiers("reports.example.org");

        @ParameterizedTest
        @CsvSource({"drc-2018-215", "报告 1", "a%b#c", "x?y=z&w"})
        void decodeToTheReportIdTheyEncode(String id) {
            String identifier = ids.of(ReportId.of(id.replace(' ', '_')));

            assertThat(identifier).startsWith("oai:reports.example.org:").matches("[\\x21-\\x7e]+");
            assertThat(ids.reportId(identifier)).hasValue(id.replace(' ', '_'));
        }

        @Test
        void refusesARepositoryIdentifierThatIsNoDomainName() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new io.github.reportmeta.oai.provider.Identifiers("127.0.0.1"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domain name");
        }
    }

    @Nested
    class Tokens {
        @Test
        void readBackWhatTheyEncode() {
            ResumptionToken t = new ResumptionToken(Verb.ListRecords, "oai_dc", LocalDate.of(2020, 1, 1), null,
                    "research-report-5e5073f6", 300, "0123456789abcdef");

            assertThat(ResumptionToken.parse(t.encode(), Verb.ListRecords, "0123456789abcdef")).isEqualTo(t);
        }
    }
}
