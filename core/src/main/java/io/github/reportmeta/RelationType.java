package io.github.reportmeta;

/** How a report relates to another resource. */
public enum RelationType implements Coded {
    /** The other resource is this report in another language. */
    HAS_TRANSLATION,
    /** This report is a translation of the other resource. */
    IS_TRANSLATION_OF,
    /** The other resource is a newer version of this report. */
    HAS_VERSION,
    /** This report is a version of the other resource. */
    IS_VERSION_OF,
    /** This report is part of the other resource, such as a series or a volume. */
    IS_PART_OF,
    /** The other resource is part of this report. */
    HAS_PART,
    /** This report replaces the other resource. */
    REPLACES,
    /** This report is replaced by the other resource. */
    IS_REPLACED_BY,
    /** This report cites or refers to the other resource. */
    REFERENCES;

    /**
     * The relation with a code, ignoring case.
     *
     * @param code a code such as {@code has-translation}
     * @return the relation type
     * @throws InvalidValueException if no relation has that code
     */
    public static RelationType ofCode(String code) {
        return Codes.lookup(RelationType.class, code, "relation type");
    }
}
