package io.github.reportmeta.citation.bibtex;

import io.github.reportmeta.format.SourceLocation;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a BibTeX file, its macros expanded and its values still LaTeX: what the parser reads and the writer
 * maps a report to, so that both sides share one mapping.
 *
 * @param type the entry type, lower case, such as {@code techreport}
 * @param key the citation key
 * @param fields the fields in the order written, names lower case
 * @param location where the entry starts ({@code @})
 */
record BibEntry(String type, String key, List<Field> fields, SourceLocation location) {

    /** Checks the parts and copies the fields. */
    BibEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        fields = List.copyOf(fields);
        Objects.requireNonNull(location, "location");
    }

    /**
     * One field of an entry.
     *
     * @param name the name, lower case
     * @param raw the value as LaTeX, macros expanded and pieces joined
     * @param macro the month macro the writer writes instead of a braced value, or {@code null}
     * @param location where the field's name starts
     */
    record Field(String name, String raw, @Nullable String macro, SourceLocation location) {

        /** Checks the parts. */
        Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(location, "location");
        }
    }
}
