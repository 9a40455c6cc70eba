package io.github.reportmeta.xml;

import io.github.reportmeta.Coverage;
import io.github.reportmeta.IdentifierScheme;
import io.github.reportmeta.MediaFormat;
import io.github.reportmeta.MetricType;
import io.github.reportmeta.RelationType;
import io.github.reportmeta.ReportDate;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The codes of one of the model's enums, spelled out once: the model builds a code's {@code String} again at every
 * call ({@code code()} lower-cases the constant's name, {@code ofCode} upper-cases the text), which the codec did
 * for every code it wrote and read.
 *
 * @param <E> the enum
 */
final class CodeTable<E extends Enum<E>> {

    static final CodeTable<ReportType> REPORT_TYPES =
            new CodeTable<>(ReportType.class, ReportType::ofCode, ReportType::code);
    static final CodeTable<Role> ROLES = new CodeTable<>(Role.class, Role::ofCode, Role::code);
    static final CodeTable<IdentifierScheme> SCHEMES =
            new CodeTable<>(IdentifierScheme.class, IdentifierScheme::ofCode, IdentifierScheme::code);
    static final CodeTable<RelationType> RELATION_TYPES =
            new CodeTable<>(RelationType.class, RelationType::ofCode, RelationType::code);
    static final CodeTable<MetricType> METRIC_TYPES =
            new CodeTable<>(MetricType.class, MetricType::ofCode, MetricType::code);
    static final CodeTable<ReportDate.Kind> DATE_KINDS =
            new CodeTable<>(ReportDate.Kind.class, ReportDate.Kind::ofCode, ReportDate.Kind::code);
    static final CodeTable<MediaFormat.Kind> FORMAT_KINDS =
            new CodeTable<>(MediaFormat.Kind.class, MediaFormat.Kind::ofCode, MediaFormat.Kind::code);
    static final CodeTable<Coverage.Kind> COVERAGE_KINDS =
            new CodeTable<>(Coverage.Kind.class, Coverage.Kind::ofCode, Coverage.Kind::code);

    private final Class<E> type;
    private final String[] codes;
    private final Map<String, E> exact = new HashMap<>();
    private final Function<String, E> ofCode;

    private CodeTable(Class<E> type, Function<String, E> ofCode, Function<E, String> codeOf) {
        this.type = type;
        this.ofCode = ofCode;
        E[] constants = type.getEnumConstants();
        codes = new String[constants.length];
        for (E constant : constants) {
            String code = codeOf.apply(constant);
            codes[constant.ordinal()] = code;
            if (ofCode.apply(code) == constant) {
                exact.put(code, constant);
            }
        }
    }

    /**
     * The enum whose codes these are.
     *
     * @return the enum's class
     */
    Class<E> type() {
        return type;
    }

    /**
     * The code of a constant, as the model's {@code code()} spells it.
     *
     * @param constant the constant
     * @return its code
     */
    String code(E constant) {
        return codes[constant.ordinal()];
    }

    /**
     * The constant whose code is exactly the text, if there is one.
     *
     * @param text the text
     * @return the constant that the model's {@code ofCode} finds for its own code, or {@code null}
     */
    @Nullable E exactly(String text) {
        return exact.get(text);
    }

    /**
     * The model's look-up of a code, with its failure for an unknown one.
     *
     * @param text the text
     * @return the constant
     */
    E lookUp(String text) {
        return ofCode.apply(text);
    }
}
