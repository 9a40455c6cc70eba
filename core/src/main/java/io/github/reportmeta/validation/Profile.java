package io.github.reportmeta.validation;

import jakarta.validation.groups.Default;
import java.util.Locale;

/** A set of rules that a record is validated against. */
public enum Profile {
    /** The structural rules every record must meet to be read, stored and converted. */
    DEFAULT(Default.class),
    /** The default rules plus those of a record ready for publishing (see {@link Strict}). */
    STRICT(Default.class, Strict.class);

    private final Class<?>[] groups;

    Profile(Class<?>... groups) {
        this.groups = groups;
    }

    Class<?>[] groups() {
        return groups.clone();
    }

    /**
     * The lower-case name used on the command line, such as {@code strict}.
     *
     * @return the code
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
