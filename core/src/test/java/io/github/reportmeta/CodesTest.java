package io.github.reportmeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CodesTest {

    private static final List<Class<? extends Enum<?>>> CODED = List.of(ReportType.class, Role.class,
            MetricType.class, RelationType.class, MediaFormat.Kind.class);

    @Nested
    class Writing {

        @Test
        void a_code_is_the_name_in_lower_case_with_hyphens() {
            assertThat(Codes.of(ReportType.RESEARCH_REPORT)).isEqualTo("research-report");
            for (Class<? extends Enum<?>> type : CODED) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertThat(Codes.of(constant))
                            .isEqualTo(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
            }
        }
    }

    @Nested
    class Reading {

        @Test
        void every_code_reads_back_as_its_constant() {
            for (Enum<?> constant : ReportType.values()) {
                assertThat(Codes.lookup(ReportType.class, Codes.of(constant), "report type")).isSameAs(constant);
            }
            for (Enum<?> constant : Role.values()) {
                assertThat(Codes.lookup(Role.class, Codes.of(constant), "role")).isSameAs(constant);
            }
        }

        @Test
        void other_spellings_read_as_they_did() {
            assertThat(Codes.lookup(ReportType.class, " Research_Report ", "report type"))
                    .isSameAs(ReportType.RESEARCH_REPORT);
            assertThat(Codes.lookup(ReportType.class, "RESEARCH-REPORT", "report type"))
                    .isSameAs(ReportType.RESEARCH_REPORT);
        }

        @Test
        void an_unknown_code_names_every_known_one() {
            assertThatThrownBy(() -> Codes.lookup(Role.class, "boss", "role"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("role must be one of " + Codes.of(Role.values()[0]) + ", ");
        }
    }
}
