package io.github.reportmeta.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reportmeta.Coverage;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.MetricType;
import io.github.reportmeta.RelationType;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The codes spelled out once against the model's own {@code code()} and {@code ofCode}. */
class CodeTableTest {

    /** A table and the model's {@code code()} of its enum. */
    private record Case<E extends Enum<E>>(CodeTable<E> table, Function<E, String> modelCode) {}

    private static final List<Case<?>> CASES = List.of(
            new Case<>(CodeTable.REPORT_TYPES, ReportType::code), new Case<>(CodeTable.ROLES, Role::code),
            new Case<>(CodeTable.SCHEMES, IdentifierScheme::code),
            new Case<>(CodeTable.RELATION_TYPES, RelationType::code),
            new Case<>(CodeTable.METRIC_TYPES, MetricType::code), new Case<>(CodeTable.DATE_KINDS, ReportDate.Kind::code),
            new Case<>(CodeTable.FORMAT_KINDS, MediaFormat.Kind::code),
            new Case<>(CodeTable.COVERAGE_KINDS, Coverage.Kind::code));

    @Nested
    class EveryConstant {

        @Test
        void hasTheCodeTheModelGivesItAndIsFoundByExactlyThatCode() {
            CASES.forEach(EveryConstant::assertCodes);
        }

        private static <E extends Enum<E>> void assertCodes(Case<E> c) {
            CodeTable<E> table = c.table();
            for (E constant : table.type().getEnumConstants()) {
                String code = c.modelCode().apply(constant);
                assertThat(table.code(constant)).as("%s", constant).isEqualTo(code);
                assertThat(table.exactly(code)).as("%s", constant).isSameAs(constant);
                assertThat(table.lookUp(code)).as("%s", constant).isSameAs(constant);
                assertThat(table.exactly(code.toUpperCase(Locale.ROOT))).as("%s", constant).isNull();
                assertThat(table.exactly(" " + code)).as("%s", constant).isNull();
            }
        }
    }
}
