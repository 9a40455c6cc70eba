package io.github.reportmeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Nested
    class Parsing {
        @ParameterizedTest
        @ValueSource(strings = {"2018", "2018-12", "2018-12-10", "0001", "9999-12-31", "2024-02-29"})
        void parseAndToStringAreInverse(String text) {
            assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
        }

        @Test
        void knowsItsPrecision() {
            assertThat(PartialDate.parse("2018").precision()).isEqualTo(PartialDate.Precision.YEAR);
            assertThat(PartialDate.parse("2018-12").precision()).isEqualTo(PartialDate.Precision.MONTH);
            assertThat(PartialDate.parse("2018-12-10").precision()).isEqualTo(PartialDate.Precision.DAY);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                2018-02-30 | date must exist in the calendar (2018-02 has 28 days), but was '2018-02-30'
                2023-02-29 | date must exist in the calendar (2023-02 has 28 days), but was '2023-02-29'
                2018-04-31 | date must exist in the calendar (2018-04 has 30 days), but was '2018-04-31'
                2018-13    | month must be between 1 and 12, but was '13'
                2018-00    | month must be between 01 and 12, but was '2018-00'
                2018-01-00 | day must be between 01 and 31, but was '2018-01-00'
                0000       | year must be between 1 and 9999, but was '0'
                18         | date must look like YYYY, YYYY-MM or YYYY-MM-DD, but was '18'
                2018/12/10 | date must look like YYYY, YYYY-MM or YYYY-MM-DD, but was '2018/12/10'
                2018-1-5   | date must look like YYYY, YYYY-MM or YYYY-MM-DD, but was '2018-1-5'
                ' 2018'    | date must look like YYYY, YYYY-MM or YYYY-MM-DD, but was ' 2018'
                2018-12-10T00:00Z | date must look like YYYY, YYYY-MM or YYYY-MM-DD, but was '2018-12-10T00:00Z'
                """)
        void rejectsWhatIsNoDateNamingTheValue(String text, String message) {
            assertThatThrownBy(() -> PartialDate.parse(text))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage(message);
        }

        @Test
        void rejectsDayWithoutMonth() {
            assertThatThrownBy(() -> new PartialDate(2018, 0, 5))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("a day needs a month");
        }

        @Test
        void buildingFebruaryThirtiethNamesTheValue() {
            assertThatThrownBy(() -> PartialDate.of(2018, 2, 30))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("2018-02-30");
        }
    }

    @Nested
    class Ranges {
        @Test
        void yearSpansTheWholeYear() {
            PartialDate year = PartialDate.of(2018);
            assertThat(year.earliest()).isEqualTo(LocalDate.of(2018, 1, 1));
            assertThat(year.latest()).isEqualTo(LocalDate.of(2018, 12, 31));
            assertThat(year.toLocalDate()).isNull();
        }

        @Test
        void monthEndsOnItsLastDay() {
            assertThat(PartialDate.of(2024, 2).latest()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(PartialDate.of(2023, 2).latest()).isEqualTo(LocalDate.of(2023, 2, 28));
        }

        @Test
        void fullDateIsALocalDate() {
            assertThat(PartialDate.of(LocalDate.of(2018, 12, 10)).toLocalDate()).isEqualTo(LocalDate.of(2018, 12, 10));
        }

        @Test
        void ordersByEarliestDayThenLessPreciseFirst() {
            assertThat(PartialDate.parse("2018")).isLessThan(PartialDate.parse("2018-01"));
            assertThat(PartialDate.parse("2018-01")).isLessThan(PartialDate.parse("2018-01-01"));
            assertThat(PartialDate.parse("2018-01-01")).isLessThan(PartialDate.parse("2018-01-02"));
            assertThat(PartialDate.parse("2018-12-31")).isLessThan(PartialDate.parse("2019"));
        }
    }
}
