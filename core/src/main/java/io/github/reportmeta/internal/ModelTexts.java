package io.github.reportmeta.internal;

import io.github.reportmeta.Identifier;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every string of a model value with its JSON Pointer, found through the record components, so that the writers'
 * checks of what their readers accept cover a component as soon as the model has it. A record with one component
 * that is not an {@link Identifier} (a {@code ReportId}, a {@code LanguageTag}) is written as a plain string, so
 * its string takes the record's own pointer.
 */
public final class ModelTexts {

    /** What receives each string. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * Receives a string of the model.
         *
         * @param pointer the JSON Pointer of the string, relative to the value walked
         * @param text the string
         */
        void text(String pointer, String text);
    }

    private record Component(String name, Method accessor) {}

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] result = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                result[i] = new Component(components[i].getName(), components[i].getAccessor());
            }
            return result;
        }
    };

    private ModelTexts() {}

    /**
     * Visits every string of a model value (a record of the model, a list, or a string).
     *
     * @param value the value
     * @param pointer the value's own pointer ({@code ""} for the root)
     * @param visitor what receives each string
     * @return the number of values walked (strings, records and lists), a measure of the structure around the text
     */
    public static int walk(Object value, String pointer, Visitor visitor) {
        if (value instanceof String s) {
            visitor.text(pointer, s);
            return 1;
        }
        if (value instanceof List<?> list) {
            int nodes = 1;
            for (int i = 0; i < list.size(); i++) {
                nodes += walk(list.get(i), pointer + "/" + i, visitor);
            }
            return nodes;
        }
        if (!(value instanceof Record)) {
            return 1;
        }
        Component[] components = COMPONENTS.get(value.getClass());
        boolean plain = components.length == 1 && !(value instanceof Identifier);
        int nodes = 1;
        for (Component c : components) {
            Object component = read(c.accessor(), value);
            if (component != null) {
                nodes += walk(component, plain ? pointer : pointer + "/" + c.name(), visitor);
            }
        }
        return nodes;
    }

    /**
     * A model string as a message quotes it: cut to 80 characters, with control characters, unpaired surrogates
     * and U+FFFE/U+FFFF written as a backslash, {@code u} and four hex digits.
     *
     * @param text the string
     * @return the text for a message, in single quotes
     */
    public static String quote(String text) {
        StringBuilder b = new StringBuilder("'");
        int end = Math.min(text.length(), 80);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired && i + 1 < end) {
                b.append(c).append(text.charAt(++i));
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c >= 0xFFFE) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('\'');
        if (end < text.length()) {
            b.append("\u2026 (").append(text.length()).append(" characters)");
        }
        return b.toString();
    }

    private static @Nullable Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of "
                    + record.getClass().getName(), e);
        }
    }
}
