package io.github.reportmeta;

/** The order in which a person's name is written. */
public enum NameOrder {
    /** Family name first, as in romanised Chinese: "Long Haibo". */
    FAMILY_FIRST,
    /** Given name first, as in most Western names: "Jane Smith". */
    GIVEN_FIRST
}
