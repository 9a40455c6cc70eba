package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import io.github.reportmeta.validation.XmlCharacters;
import java.util.Objects;

/**
 * An identifier that only its publisher resolves, such as an internal catalogue number, or the id of another
 * report in the same catalogue.
 *
 * @param value the identifier
 */
public record LocalIdentifier(@XmlCharacters @NoBidiControls(groups = Strict.class) String value) implements Identifier {

    /** Checks that the value is not blank. */
    public LocalIdentifier {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new InvalidValueException("local identifier must not be blank", value);
        }
    }

    /**
     * A local identifier from its text.
     *
     * @param text the identifier
     * @return the local identifier
     */
    public static LocalIdentifier parse(CharSequence text) {
        return new LocalIdentifier(text.toString());
    }

    /**
     * The local identifier that points at a report of the same catalogue.
     *
     * @param id the report's id
     * @return the local identifier
     */
    public static LocalIdentifier of(ReportId id) {
        return new LocalIdentifier(id.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
