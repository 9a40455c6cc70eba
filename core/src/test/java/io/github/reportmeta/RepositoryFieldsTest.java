package io.github.reportmeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.validation.ReportValidator;
import io.github.reportmeta.validation.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What repositories send beside the bibliographic data: formats, sources, coverage, dates and a full-text link. */
class RepositoryFieldsTest {

    @Nested
    class Dates {

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"2018", "2018-12", "2018-12-10", "2002-06-21T03:39:45Z", "2002-06-21T03:39",
            "2013-05-15T15:43:54", "2013-05-15T15:43:54.123+08:00"})
        void acceptsW3cdtfDatesAndDateTimes(String value) {
            assertThat(ReportDate.of(ReportDate.Kind.ACCESSIONED, value).value()).isEqualTo(value);
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"", "Spring 1990", "18", "2018-13", "2018-12-32", "2018-12-10T25:00:00Z", "2018-12-10 08:00",
            "2018-12-10T08:00:00+0800"})
        void refusesAnythingElseSayingWhatWasExpected(String value) {
            assertThatThrownBy(() -> ReportDate.of(ReportDate.Kind.OTHER, value))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("a date must be W3CDTF");
        }

        @Test
        void kindsHaveCodes() {
            assertThat(ReportDate.Kind.ACCESSIONED.code()).isEqualTo("accessioned");
            assertThat(ReportDate.Kind.ofCode("Modified")).isEqualTo(ReportDate.Kind.MODIFIED);
            assertThat(MediaFormat.Kind.MEDIA_TYPE.code()).isEqualTo("media-type");
            assertThat(Coverage.Kind.ofCode("spatial")).isEqualTo(Coverage.Kind.SPATIAL);
        }
    }

    @Nested
    class TheReport {

        private final Report report = Report.builder("r1").title(LocalizedText.of("T"))
                .date(ReportDate.of(ReportDate.Kind.CREATED, "2017"))
                .fullText(Url.parse("https://example.org/r1.pdf"))
                .format(MediaFormat.mediaType("application/pdf"))
                .source("Economic Review 12 (2017)")
                .coverage(new Coverage(Coverage.Kind.TEMPORAL, "1978-2018"))
                .build();

        @Test
        void keepsTheNewComponentsThroughToBuilder() {
            assertThat(report.toBuilder().build()).isEqualTo(report);
            assertThat(report.toBuilder().fullText(null).sources(java.util.List.of()).build())
                    .satisfies(r -> {
                        assertThat(r.fullText()).isNull();
                        assertThat(r.sources()).isEmpty();
                        assertThat(r.formats()).isEqualTo(report.formats());
                    });
        }

        @Test
        void replacingAListWithANullElementFailsAndKeepsTheOldOne() {
            Report.Builder builder = report.toBuilder();
            java.util.List<MediaFormat> withNull = new java.util.ArrayList<>();
            withNull.add(MediaFormat.extent("42 p."));
            withNull.add(null);

            assertThatThrownBy(() -> builder.formats(withNull)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> builder.formats(null)).isInstanceOf(NullPointerException.class);
            assertThat(builder.build()).isEqualTo(report);
        }

        @Test
        void replacingAListCopiesIt() {
            java.util.List<String> sources = new java.util.ArrayList<>(java.util.List.of("A", "B"));
            Report.Builder builder = report.toBuilder().sources(sources);
            sources.clear();

            assertThat(builder.build().sources()).containsExactly("A", "B");
        }

        @Test
        void validationFindsBlankOrPaddedTextsWithTheirPointers() {
            Report bad = report.toBuilder().source(" ").format(MediaFormat.extent("42 p. "))
                    .coverage(new Coverage(Coverage.Kind.SPATIAL, "China\u0000")).build();

            assertThat(ReportValidator.standard().validate(bad).violations()).extracting(Violation::pointer)
                    .contains("/sources/1", "/formats/1/text", "/coverage/1/text");
            assertThat(ReportValidator.standard().validate(report).violations()).isEmpty();
        }
    }
}
