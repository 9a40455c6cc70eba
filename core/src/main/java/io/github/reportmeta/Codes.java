package io.github.reportmeta;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lower-case, hyphenated codes by which the model's enums appear in documents. */
final class Codes {

    private Codes() {}

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E lookup(Class<E> type, String code, String what) {
        String wanted = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
        throw new InvalidValueException(what + " must be one of " + known, code);
    }
}
