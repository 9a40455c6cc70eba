package io.github.reportmeta.json.internal;

import io.github.reportmeta.Coverage;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.MetricType;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.RelationType;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.SerializedString;

/** The exact codes of the model's enums in documents; reading matches them exactly, without case folding. */
final class ModelCodes {

    static final String PERSON = "person";
    static final String ORGANIZATION = "organization";
    static final SerializedString PERSON_WRITTEN = new SerializedString(PERSON);
    static final SerializedString ORGANIZATION_WRITTEN = new SerializedString(ORGANIZATION);

    static final Codes<Role> ROLES = new Codes<>(Role.values(), Role::code);
    static final Codes<ReportType> REPORT_TYPES = new Codes<>(ReportType.values(), ReportType::code);
    static final Codes<RelationType> RELATION_TYPES = new Codes<>(RelationType.values(), RelationType::code);
    static final Codes<MetricType> METRIC_TYPES = new Codes<>(MetricType.values(), MetricType::code);
    static final Codes<IdentifierScheme> SCHEMES = new Codes<>(IdentifierScheme.values(), IdentifierScheme::code);
    static final Codes<ReportDate.Kind> DATE_KINDS = new Codes<>(ReportDate.Kind.values(), ReportDate.Kind::code);
    static final Codes<MediaFormat.Kind> FORMAT_KINDS = new Codes<>(MediaFormat.Kind.values(), MediaFormat.Kind::code);
    static final Codes<Coverage.Kind> COVERAGE_KINDS = new Codes<>(Coverage.Kind.values(), Coverage.Kind::code);
    static final Codes<NameOrder> NAME_ORDERS = new Codes<>(NameOrder.values(), ModelCodes::spell);

    private ModelCodes() {}

    static String code(NameOrder order) {
        return NAME_ORDERS.code(order);
    }

    private static String spell(NameOrder order) {
        return order.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The codes of one enum, in declaration order. */
    static final class Codes<E extends Enum<E>> {
        private final Map<String, E> byCode = new LinkedHashMap<>();
        private final String[] codes;
        private final char[][] chars;
        private final E[] constants;
        private final SerializedString[] written;
        private final String known;

        Codes(E[] constants, Function<E, String> code) {
            codes = new String[constants.length];
            this.constants = constants.clone();
            for (E constant : constants) {
                codes[constant.ordinal()] = code.apply(constant);
                byCode.put(codes[constant.ordinal()], constant);
            }
            chars = Arrays.stream(codes).map(String::toCharArray).toArray(char[][]::new);
            written = Arrays.stream(codes).map(SerializedString::new).toArray(SerializedString[]::new);
            known = Arrays.stream(constants).map(code).collect(Collectors.joining(", "));
        }

        @Nullable E find(String code) {
            return byCode.get(code);
        }

        /**
         * The constant whose code is exactly the given characters, found without a {@code String}.
         *
         * @param text the characters
         * @param offset where the code starts in them
         * @param length its length
         * @return the constant, or {@code null} when no code is spelt so
         */
        @Nullable E find(char[] text, int offset, int length) {
            for (int i = 0; i < chars.length; i++) {
                char[] code = chars[i];
                if (code.length == length && Arrays.equals(code, 0, length, text, offset, offset + length)) {
                    return constants[i];
                }
            }
            return null;
        }

        String code(E constant) {
            return codes[constant.ordinal()];
        }

        /** The code as the generator writes it, encoded once. */
        SerializedString written(E constant) {
            return written[constant.ordinal()];
        }

        String known() {
            return known;
        }
    }
}
