package io.github.reportmeta.citation.csl;

import io.github.reportmeta.format.SourceLocation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One CSL-JSON item as a tree of plain values, between the JSON and the model: each variable's value is a
 * {@link String}, a {@link Long} or {@link java.math.BigDecimal}, a {@link Boolean}, a {@link java.util.List} or a
 * {@link Map} of such values. The reader fills it from the input with where each variable was; the writer maps a
 * report to it, maps it back to count what the write loses, and writes it.
 */
final class CslItem {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, SourceLocation> locations = new LinkedHashMap<>();

    /** Sets a variable; a later value of the same name replaces it. */
    void put(String variable, Object value, @Nullable SourceLocation at) {
        values.put(variable, value);
        if (at != null) {
            locations.put(variable, at);
        }
    }

    /** Removes a variable and answers its value, so that the mapping sees what is left unread. */
    @Nullable Object take(String variable) {
        return values.remove(variable);
    }

    /** The value of a variable, or {@code null}. */
    @Nullable Object get(String variable) {
        return values.get(variable);
    }

    /** The names of the variables not yet taken, in input order. */
    Set<String> remaining() {
        return values.keySet();
    }

    /** The variables and their values, in order. */
    Map<String, Object> values() {
        return values;
    }

    /** Where a variable was in the input, or {@code null} for an item the writer made. */
    @Nullable SourceLocation location(String variable) {
        return locations.get(variable);
    }
}
