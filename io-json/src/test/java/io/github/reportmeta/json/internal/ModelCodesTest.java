package io.github.reportmeta.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The codes of the model's enums, found from a string and from a parser's characters alike. */
class ModelCodesTest {

    private static final List<ModelCodes.Codes<?>> ALL = List.of(ModelCodes.ROLES, ModelCodes.REPORT_TYPES,
            ModelCodes.RELATION_TYPES, ModelCodes.METRIC_TYPES, ModelCodes.SCHEMES, ModelCodes.DATE_KINDS,
            ModelCodes.FORMAT_KINDS, ModelCodes.COVERAGE_KINDS, ModelCodes.NAME_ORDERS);

    /** The characters of a text inside a larger buffer, as a parser hands them out. */
    private static Object findInBuffer(ModelCodes.Codes<?> codes, String text) {
        char[] buffer = ("[\"" + text + "\"]").toCharArray();
        return codes.find(buffer, 2, text.length());
    }

    @Nested
    class FromCharacters {
        @Test
        void everyCodeIsFoundAsItsConstant() {
            for (ModelCodes.Codes<?> codes : ALL) {
                for (String code : codes.known().split(", ")) {
                    assertThat(findInBuffer(codes, code)).as(code).isNotNull().isSameAs(codes.find(code));
                }
            }
        }

        @Test
        void aTextThatOnlyResemblesACodeIsNoCode() {
            for (ModelCodes.Codes<?> codes : ALL) {
                for (String code : codes.known().split(", ")) {
                    assertThat(findInBuffer(codes, code.substring(0, code.length() - 1))).as(code).isNull();
                    assertThat(findInBuffer(codes, code + "s")).as(code).isNull();
                    assertThat(findInBuffer(codes, code.toUpperCase(java.util.Locale.ROOT))).as(code).isNull();
                    assertThat(findInBuffer(codes, " " + code)).as(code).isNull();
                }
                assertThat(findInBuffer(codes, "")).isNull();
            }
        }
    }
}
