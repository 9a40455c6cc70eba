package io.github.reportmeta;

/** What an author did for a report. */
public enum Role implements Coded {
    /** Wrote the report. */
    AUTHOR,
    /** Edited the report. */
    EDITOR,
    /** Contributed to the report without being one of its authors. */
    CONTRIBUTOR,
    /** A research team that carried out the work the report presents. */
    RESEARCH_TEAM,
    /** Translated the report. */
    TRANSLATOR,
    /** Led or supervised the research. */
    SUPERVISOR,
    /** Reviewed the report. */
    REVIEWER;

    /**
     * The role with a code, ignoring case.
     *
     * @param code a code such as {@code research-team}
     * @return the role
     * @throws InvalidValueException if no role has that code
     */
    public static Role ofCode(String code) {
        return Codes.lookup(Role.class, code, "role");
    }
}
