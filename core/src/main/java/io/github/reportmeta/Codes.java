package io.github.reportmeta;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lower-case, hyphenated codes by which the model's enums appear in documents.
 *
 * <p>Every codec asks for codes per value, so each enum's codes are worked out once, in a table kept per enum class:
 * {@link #of} is an array read, and {@link #lookup} of a code spelt exactly as written is one map look-up. Any other
 * spelling (other case, surrounding space, underscores) takes the general path, with the same answer and the same
 * error as before the table.
 */
final class Codes {

    private static final ClassValue<Table> TABLES = new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> type) {
            return new Table(type);
        }
    };

    private Codes() {}

    static String of(Enum<?> constant) {
        return TABLES.get(constant.getDeclaringClass()).codes[constant.ordinal()];
    }

    static <E extends Enum<E>> E lookup(Class<E> type, String code, String what) {
        Enum<?> written = TABLES.get(type).byCode.get(code);
        if (written != null) {
            return type.cast(written);
        }
        return lookupSpelt(type, code, what);
    }

    private static String spell(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The general path: any case, surrounding white space, underscores for hyphens. */
    private static <E extends Enum<E>> E lookupSpelt(Class<E> type, String code, String what) {
        String wanted = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map(Codes::spell).collect(Collectors.joining(", "));
        throw new InvalidValueException(what + " must be one of " + known, code);
    }

    /** One enum's codes, by ordinal, and the constants each code reads back as. */
    private static final class Table {

        private final String[] codes;
        private final Map<String, Enum<?>> byCode = new HashMap<>();

        Table(Class<?> type) {
            Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
            codes = new String[constants.length];
            for (Enum<?> constant : constants) {
                String code = spell(constant);
                codes[constant.ordinal()] = code;
                // only where the general path reads the code back as this constant, so both paths always agree
                if (constant.name().equals(code.toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    byCode.put(code, constant);
                }
            }
        }
    }
}
