package io.github.reportmeta.format;

import java.util.Objects;

/**
 * How strongly the first bytes of an input match a format, and why: the answer of {@link ReportFormat#detect}.
 *
 * <p>{@link FormatRegistry#detect} picks the strongest match among the readable formats; between equally strong
 * matches, the one whose extension the file name carries wins.
 *
 * @param strength how strong the match is
 * @param reason what in the input matched, for messages and listings; empty for {@link Strength#NONE}
 */
public record Detection(Strength strength, String reason) implements Comparable<Detection> {

    /** No match: the input is not in this format, or the format is not read. */
    public static final Detection NONE = new Detection(Strength.NONE, "");

    /** How strong a match is, weakest first. */
    public enum Strength {
        /** Not this format. */
        NONE,
        /** Some hints fit, but many other inputs would show them too; wins only when nothing else matches. */
        WEAK,
        /** The general shape fits (a JSON object, an HTML page) but nothing marks it as this format. */
        PLAUSIBLE,
        /** The marks of the format are there (its namespace, its usual layout). */
        LIKELY,
        /** The document names this format itself (its format property, its own namespace). */
        CERTAIN
    }

    /** Checks that both parts are present and that a match says why. */
    public Detection {
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(reason, "reason");
        if (strength != Strength.NONE && reason.isBlank()) {
            throw new IllegalArgumentException("a " + strength + " match must say why");
        }
    }

    /**
     * A match of some strength.
     *
     * @param strength how strong
     * @param reason what matched
     * @return the detection
     */
    public static Detection of(Strength strength, String reason) {
        return strength == Strength.NONE ? NONE : new Detection(strength, reason);
    }

    /**
     * Whether this is a match at all.
     *
     * @return true unless the strength is {@link Strength#NONE}
     */
    public boolean matches() {
        return strength != Strength.NONE;
    }

    /** Orders by strength alone. */
    @Override
    public int compareTo(Detection other) {
        return strength.compareTo(other.strength);
    }

    /** The form {@code likely (the oai_dc namespace)}, or {@code none}. */
    @Override
    public String toString() {
        String name = strength.name().toLowerCase(java.util.Locale.ROOT);
        return reason.isEmpty() ? name : name + " (" + reason + ")";
    }
}
